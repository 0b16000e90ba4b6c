"""Cue player: speaks with the mock engine, stays quiet and says why without audio."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from calfcare.gui.player.cues import CuePlayer, missing_library_reason

MISSING_PULSE = "libpulse.so.0: cannot open shared object file: No such file or directory"


class BrokenModule(ModuleType):
    """Stands in for a Qt module whose shared library is missing: every name fails to import."""

    def __init__(self, name: str, error: str) -> None:
        super().__init__(name)
        self.error = error

    def __getattr__(self, attribute: str) -> Any:
        raise ImportError(self.error)


@pytest.fixture
def no_audio_device(monkeypatch: pytest.MonkeyPatch) -> None:
    """No audio outputs, as on this CI machine, whatever machine the tests run on."""
    multimedia = pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)
    monkeypatch.setattr(multimedia.QMediaDevices, "audioOutputs", staticmethod(list))


@pytest.fixture
def no_multimedia(monkeypatch: pytest.MonkeyPatch) -> None:
    """QtMultimedia fails to import the way it does when libpulse0 is not installed."""
    broken = BrokenModule("PySide6.QtMultimedia", MISSING_PULSE)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", broken)


class FakeSpeech(QObject):
    """A speech engine that starts in ``start_state``; the only engine installed is speechd."""

    State = QTextToSpeech.State
    start_state = QTextToSpeech.State.Error
    errorOccurred = Signal(object, str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

    @staticmethod
    def availableEngines() -> list[str]:
        return ["speechd"]

    def state(self) -> QTextToSpeech.State:
        return self.start_state

    def say(self, text: str) -> None:
        pass


@pytest.fixture
def fake_speech(monkeypatch: pytest.MonkeyPatch) -> type[FakeSpeech]:
    module = ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = FakeSpeech  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    return FakeSpeech


def speech_of(player: CuePlayer) -> QTextToSpeech:
    """The player's engine, to watch the mock speak (the player starts it on first use)."""
    assert player.voice_available
    speech = player.findChild(QTextToSpeech)
    assert speech is not None
    return speech


def test_mock_engine_speaks_the_sentence(qtbot: QtBot) -> None:
    player = CuePlayer(sound=False, voice=True, tts_engine="mock")
    assert player.voice_available
    assert player.notice is None
    speech = speech_of(player)

    with (
        qtbot.waitSignal(player.cued) as cued,
        qtbot.waitSignal(speech.stateChanged, check_params_cb=lambda s: s == s.Speaking),
    ):
        player.say("Switch to your right leg")
    assert cued.args == ["say", "Switch to your right leg"]
    with qtbot.waitSignal(speech.stateChanged, timeout=10_000) as finished:
        pass
    assert finished.args == [QTextToSpeech.State.Ready]


def test_a_new_sentence_cuts_off_the_one_being_spoken(qtbot: QtBot) -> None:
    player = CuePlayer(sound=False, voice=True, tts_engine="mock")
    speech = speech_of(player)
    words: list[str] = []
    speech.sayingWord.connect(lambda word, *_: words.append(word))

    with qtbot.waitSignal(speech.sayingWord):
        player.say("Hold for thirty seconds on your left leg")
    with qtbot.waitSignal(
        speech.stateChanged, timeout=10_000, check_params_cb=lambda s: s == s.Ready
    ):
        player.say("Rest")
    assert words[-1] == "Rest"
    assert "leg" not in words


def test_without_an_audio_device_sound_is_off_and_says_so_once(
    qtbot: QtBot, qapp: Any, no_audio_device: None
) -> None:
    player = CuePlayer(sound=True, voice=False)
    notices: list[str] = []
    player.noticeChanged.connect(notices.append)
    with qtbot.waitSignal(player.noticeChanged) as shown:
        pass  # the player loads its sounds once the event loop turns

    assert shown.args == [player.notice]
    assert player.notice == "Sound is off: no audio device found. Watch the screen for changes."
    assert not player.sound_available
    with qtbot.waitSignal(player.cued) as cued:
        player.play("tick")
    assert cued.args == ["tick", ""]

    player.set_enabled(sound=True, voice=False)
    player.play("done")
    qapp.processEvents()
    assert notices == [player.notice]


def test_sound_follows_the_audio_outputs_of_this_machine(qtbot: QtBot) -> None:
    multimedia = pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)
    player = CuePlayer(sound=True, voice=False)
    # The player asks first, so its logging rules quieten Qt's library probing.
    heard = player.sound_available
    assert heard == bool(multimedia.QMediaDevices.audioOutputs())
    assert (player.notice is None) == heard
    with qtbot.waitSignal(player.cued):
        player.play("change")


def test_missing_pulse_library_turns_sound_off_with_a_plain_hint(
    qtbot: QtBot, no_multimedia: None
) -> None:
    player = CuePlayer(sound=True, voice=False)
    with qtbot.waitSignal(player.noticeChanged) as shown:
        pass

    assert not player.sound_available
    assert shown.args == [
        "Sound is off: the audio library libpulse.so.0 is missing (install libpulse0)."
        " Watch the screen for changes."
    ]
    with qtbot.waitSignal(player.cued) as cued:
        player.play("switch")
    assert cued.args == ["switch", ""]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (MISSING_PULSE, "the audio library libpulse.so.0 is missing (install libpulse0)"),
        (
            "libasound.so.2: cannot open shared object file",
            "the audio library libasound.so.2 is missing (install the package that provides it)",
        ),
        ("DLL load failed", "Qt's audio module could not load"),
    ],
)
def test_missing_library_reason_names_the_library(error: str, reason: str) -> None:
    assert missing_library_reason(ImportError(error)) == reason


def test_cues_turned_off_in_settings_stay_visual_only(qtbot: QtBot, qapp: Any) -> None:
    player = CuePlayer(sound=False, voice=False)
    with qtbot.assertNotEmitted(player.noticeChanged):
        qapp.processEvents()
        with qtbot.waitSignal(player.cued) as played:
            player.play("beat")
        with qtbot.waitSignal(player.cued) as said:
            player.say("Ten more")

    assert played.args == ["beat", ""]
    assert said.args == ["say", "Ten more"]
    assert player.notice is None
    assert not player.sound_available
    assert not player.voice_available
    assert player.findChildren(QObject) == []  # no sound effect, no speech engine was made


def test_turning_cues_on_later_loads_them_and_reports_what_is_off(
    qtbot: QtBot, no_audio_device: None
) -> None:
    player = CuePlayer(sound=False, voice=False, tts_engine="mock")
    with qtbot.waitSignal(player.noticeChanged) as shown:
        player.set_enabled(sound=True, voice=True)
    assert shown.args == ["Sound is off: no audio device found. Watch the screen for changes."]
    assert player.voice_available


def test_both_off_is_one_notice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, no_multimedia: None
) -> None:
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(list))
    player = CuePlayer(sound=True, voice=True)
    with qtbot.waitSignal(player.noticeChanged) as shown:
        pass
    assert shown.args == [
        "Sound and spoken cues are off: the audio library libpulse.so.0 is missing"
        " (install libpulse0) and no speech engine is installed (on Debian: speech-dispatcher)."
        " Watch the screen for changes."
    ]


def test_an_engine_that_fails_to_start_turns_voice_off(
    qtbot: QtBot, fake_speech: type[FakeSpeech]
) -> None:
    player = CuePlayer(sound=False, voice=True)
    with qtbot.waitSignal(player.noticeChanged) as shown:
        pass
    assert not player.voice_available
    assert shown.args == [
        "Spoken cues are off: the speech engine did not start (on Debian: install speech-dispatcher)."
    ]


def test_an_engine_error_later_turns_voice_off_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fake_speech: type[FakeSpeech]
) -> None:
    monkeypatch.setattr(fake_speech, "start_state", QTextToSpeech.State.Ready)
    player = CuePlayer(sound=False, voice=True)
    assert player.voice_available
    speech = player.findChild(FakeSpeech)
    assert speech is not None

    with qtbot.waitSignal(player.noticeChanged) as shown:
        speech.errorOccurred.emit(QTextToSpeech.ErrorReason.Playback, "device gone")
    assert not player.voice_available
    assert shown.args == ["Spoken cues are off: the speech engine stopped with an error."]
    with qtbot.waitSignal(player.cued):
        player.say("Rest")


def test_an_engine_that_is_not_installed_turns_voice_off(qtbot: QtBot) -> None:
    player = CuePlayer(sound=False, voice=True, tts_engine="no-such-engine")
    assert not player.voice_available
    assert (
        player.notice == "Spoken cues are off: the speech engine 'no-such-engine' is not installed."
    )
    with qtbot.waitSignal(player.cued):
        player.say("Switch sides")


def test_an_unknown_cue_is_a_programming_error() -> None:
    player = CuePlayer(sound=False, voice=False)
    with pytest.raises(ValueError, match="unknown cue 'ding'"):
        player.play("ding")  # type: ignore[arg-type]


@pytest.mark.slow
def test_importing_the_cue_player_loads_no_multimedia() -> None:
    check = (
        "import sys, calfcare.gui.player.cues; "
        "loaded = [m for m in ('PySide6.QtMultimedia', 'PySide6.QtTextToSpeech') if m in sys.modules]; "
        "sys.exit(', '.join(loaded) or None)"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
