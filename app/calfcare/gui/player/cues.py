"""Sound and spoken cues for the session player, for a runner standing away from the screen.

QtMultimedia and QtTextToSpeech are imported only when a cue of that kind is
wanted, so the rest of the app starts without them and works when they are
missing. When a wanted cue cannot be heard, ``notice`` says why in plain words
and the player keeps emitting ``cued`` so the screen can flash instead.
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import TYPE_CHECKING, Literal, get_args

from PySide6.QtCore import QLoggingCategory, QObject, QTimer, QUrl, Signal

from calfcare.core.assets import asset_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

CueKind = Literal["tick", "change", "switch", "beat", "rest", "done"]
CUE_KINDS: tuple[CueKind, ...] = get_args(CueKind)

WATCH_THE_SCREEN = "Watch the screen for changes."
NO_AUDIO_DEVICE = "no audio device found"
NO_SPEECH_ENGINE = "no speech engine is installed (on Debian: speech-dispatcher)"

# Debian/Ubuntu package for the shared libraries QtMultimedia most often misses.
DEBIAN_PACKAGES = {
    "libpulse.so.0": "libpulse0",
    "libpulse-mainloop-glib.so.0": "libpulse-mainloop-glib0",
}

# Qt probes optional libraries (PipeWire, VA-API) when its multimedia library loads (QtTextToSpeech
# loads it too) and warns about each one it lacks; none of that tells the runner anything.
QUIET_MULTIMEDIA_RULES = "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false"

log = logging.getLogger(__name__)


def missing_library_reason(error: ImportError) -> str:
    """Why sound is off when QtMultimedia cannot load, naming the missing library if known."""
    found = re.search(r"lib[\w+.-]*?\.so(?:\.\d+)*", str(error))
    if found is None:
        return "Qt's audio module could not load"
    library = found.group(0)
    package = DEBIAN_PACKAGES.get(library)
    hint = f"install {package}" if package else "install the package that provides it"
    return f"the audio library {library} is missing ({hint})"


def compose_notice(sound_off: str | None, voice_off: str | None) -> str | None:
    """The runner-facing notice for the wanted cues that are off (reasons are clauses)."""
    if sound_off and voice_off:
        return f"Sound and spoken cues are off: {sound_off} and {voice_off}. {WATCH_THE_SCREEN}"
    if sound_off:
        return f"Sound is off: {sound_off}. {WATCH_THE_SCREEN}"
    if voice_off:
        return f"Spoken cues are off: {voice_off}."
    return None


class CuePlayer(QObject):
    """Plays the cue sounds and speaks short sentences, or quietly does nothing.

    The backends load just after construction (on the next turn of the event
    loop, so the caller can connect ``noticeChanged`` first) or on first use.
    """

    cued = Signal(str, str)
    """Every cue, heard or not: ``(kind, "")`` for sounds, ``("say", text)`` for speech."""
    noticeChanged = Signal(str)
    """A new notice about cues that are off; each distinct notice is emitted once."""

    def __init__(
        self,
        *,
        sound: bool,
        voice: bool,
        parent: QObject | None = None,
        tts_engine: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound_wanted = sound
        self._voice_wanted = voice
        self._tts_engine = tts_engine
        self._sound_tried = False
        self._voice_tried = False
        self._sound_off: str | None = None
        self._voice_off: str | None = None
        self._effects: dict[str, QSoundEffect] = {}
        self._speech: QTextToSpeech | None = None
        self._announced: set[str] = set()
        QTimer.singleShot(0, self, self._load_wanted)

    @property
    def sound_available(self) -> bool:
        """Sound cues are on and there is a device to hear them on."""
        self._load_wanted()
        return self._sound_wanted and bool(self._effects)

    @property
    def voice_available(self) -> bool:
        """Spoken cues are on and a speech engine is ready."""
        self._load_wanted()
        return self._voice_wanted and self._speech is not None

    @property
    def notice(self) -> str | None:
        """One plain sentence saying which wanted cues are off and why, or None."""
        self._load_wanted()
        return self._current_notice()

    def set_enabled(self, sound: bool, voice: bool) -> None:
        """Follow the runner's settings; newly wanted cues load now."""
        self._sound_wanted = sound
        self._voice_wanted = voice
        if not voice and self._speech is not None:
            self._speech.stop()
        self._load_wanted()

    def play(self, kind: CueKind) -> None:
        """Play one cue sound if sound is on and can be heard."""
        if kind not in CUE_KINDS:
            raise ValueError(f"unknown cue {kind!r}; expected one of {', '.join(CUE_KINDS)}")
        self.cued.emit(kind, "")
        if not self._sound_wanted:
            return
        self._load_wanted()
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()

    def say(self, text: str) -> None:
        """Speak ``text`` if spoken cues are on, cutting off any sentence still being spoken."""
        self.cued.emit("say", text)
        if not self._voice_wanted:
            return
        self._load_wanted()
        if self._speech is not None:
            # QTextToSpeech.say() stops the sentence in progress: the newest cue is the one heard.
            self._speech.say(text)

    def _current_notice(self) -> str | None:
        return compose_notice(
            self._sound_off if self._sound_wanted else None,
            self._voice_off if self._voice_wanted else None,
        )

    def _load_wanted(self) -> None:
        if self._sound_wanted and not self._sound_tried:
            self._sound_tried = True
            self._sound_off = self._load_sound()
        if self._voice_wanted and not self._voice_tried:
            self._voice_tried = True
            self._voice_off = self._load_voice()
        self._announce()

    def _announce(self) -> None:
        notice = self._current_notice()
        if notice is not None and notice not in self._announced:
            self._announced.add(notice)
            self.noticeChanged.emit(notice)

    def _load_sound(self) -> str | None:
        """Create one sound effect per cue; return why sound is off, or None."""
        # Must precede the import: the probing warnings come as the library loads.
        QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_RULES)
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            log.info("QtMultimedia did not load: %s", error)
            return missing_library_reason(error)
        try:
            if not QMediaDevices.audioOutputs():
                return NO_AUDIO_DEVICE
            folder = asset_dir("resources") / "sounds"
            for kind in CUE_KINDS:
                effect = QSoundEffect(self)
                effect.statusChanged.connect(partial(self._check_effect, effect))
                effect.setSource(QUrl.fromLocalFile(str(folder / f"{kind}.wav")))
                self._effects[kind] = effect
        except Exception:
            # A broken audio stack must never stop a session: the screen still shows each cue.
            log.warning("Sound cues could not start", exc_info=True)
            self._drop_effects()
            return "the audio system did not start"
        return None

    def _check_effect(self, effect: QSoundEffect) -> None:
        if effect.status() == effect.Status.Error and self._effects:
            self._drop_effects()
            self._sound_off = "this audio device cannot play the cue sounds"
            self._announce()

    def _drop_effects(self) -> None:
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects.clear()

    def _load_voice(self) -> str | None:
        """Start the speech engine; return why spoken cues are off, or None."""
        QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_RULES)
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            log.info("QtTextToSpeech did not load: %s", error)
            return "Qt's speech module could not load"
        engines = QTextToSpeech.availableEngines()
        if not engines:
            return NO_SPEECH_ENGINE
        if self._tts_engine is not None and self._tts_engine not in engines:
            return f"the speech engine {self._tts_engine!r} is not installed"
        try:
            if self._tts_engine is None:
                speech = QTextToSpeech(self)
            else:
                speech = QTextToSpeech(self._tts_engine, self)
        except Exception:
            log.warning("Spoken cues could not start", exc_info=True)
            return "the speech engine did not start"
        if speech.state() == QTextToSpeech.State.Error:
            speech.deleteLater()
            if self._tts_engine in (None, "speechd") and "speechd" in engines:
                return "the speech engine did not start (on Debian: install speech-dispatcher)"
            return "the speech engine did not start"
        speech.errorOccurred.connect(self._on_speech_error)
        self._speech = speech
        return None

    def _on_speech_error(self, *_: object) -> None:
        if self._speech is not None:
            self._speech.deleteLater()
            self._speech = None
        self._voice_off = "the speech engine stopped with an error"
        self._announce()
