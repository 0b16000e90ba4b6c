"""Which kind of week (``planning.models.Phase``) each stage builds."""

from __future__ import annotations

from calfcare.core.journey.stages import Stage
from calfcare.core.planning.models import Phase

PHASE_OF: dict[Stage, Phase] = {
    Stage.protect: Phase.acute,
    Stage.settle: Phase.mobility,
    Stage.load: Phase.strengthening,
    Stage.return_to_running: Phase.return_to_running,
    Stage.build: Phase.build,
    Stage.full_training: Phase.full_training,
    Stage.ease: Phase.soreness,
    Stage.cramp_care: Phase.prevention,
    Stage.loosen: Phase.prevention,
    Stage.prevention: Phase.prevention,
}
