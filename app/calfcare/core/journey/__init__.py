"""The road back: a runner's recovery as stages with gates read from the log.

``journey.replay.journey(profile, history, on)`` says where the runner stands on
``on``; the week builder (``planning.week.build_week``) builds the week from
it. Pure and Qt-free. (This package file imports nothing, so that the plan's
models can use ``journey.models`` without a cycle.)
"""
