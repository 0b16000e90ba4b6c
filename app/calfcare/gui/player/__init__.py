"""The session player: timers a runner follows, with sound, spoken and on-screen cues."""
