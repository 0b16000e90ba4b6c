"""Draws resources/pictures/<exercise>.svg: run ``python resources/pictures/draw.py``.

A small stick-figure kit: a side-view figure from joint angles, arrows and props.

Angles are absolute, in degrees: 0 points straight down, 90 points forward (the figure
faces right, +x), 180 points up and -90 points back. Drawings use two placeholder
colours that ``calfcare.gui.widgets.pictures`` swaps for the palette: FIGURE for the figure
and props, ACCENT for the movement arrows.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FIGURE = "#000000"
ACCENT = "#1f6f5c"
WIDTH, HEIGHT = 200, 160
FLOOR = 150.0
FAR = 0.42  # opacity of the far-side limbs, so near and far read apart

Point = tuple[float, float]

# Segment lengths, in viewBox units.
TORSO, NECK, HEAD_R = 38.0, 3.0, 8.5
UPPER_ARM, FOREARM = 21.0, 19.0
THIGH, SHIN, TOE, HEEL = 30.0, 30.0, 15.0, 7.0


def f(value: float) -> str:
    """A coordinate with at most one decimal, to keep the files small."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def toward(p: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return (p[0] + math.sin(rad) * length, p[1] + math.cos(rad) * length)


def angle_of(a: Point, b: Point) -> float:
    """The figure angle that points from ``a`` to ``b``."""
    return math.degrees(math.atan2(b[0] - a[0], b[1] - a[1]))


def reach(
    a: Point, b: Point, first: float, second: float, bend: float = 1.0
) -> tuple[float, float]:
    """Angles of a two-part limb from ``a`` whose end lands on ``b`` (knee or elbow
    bending toward +x for ``bend`` 1, toward -x for -1)."""
    d = min(math.dist(a, b), first + second - 0.01)
    cos_inner = (first * first + d * d - second * second) / (2 * first * d)
    inner = math.degrees(math.acos(max(-1.0, min(1.0, cos_inner))))
    upper = angle_of(a, b) + bend * inner
    joint = toward(a, upper, first)
    return upper, angle_of(joint, b)


def pts(points: list[Point]) -> str:
    return " ".join(f"{f(x)},{f(y)}" for x, y in points)


@dataclass
class Pose:
    """Absolute angles of each segment; legs are (thigh, shin, foot), arms (upper, fore)."""

    torso: float = 180.0
    head: float | None = None
    near_arm: tuple[float, float] = (8.0, 15.0)
    far_arm: tuple[float, float] = (-8.0, 5.0)
    near_leg: tuple[float, float, float] = (0.0, 0.0, 90.0)
    far_leg: tuple[float, float, float] = (0.0, 0.0, 90.0)


@dataclass
class Body:
    """The joints of a placed figure, by name (near_hand, far_toe, hip, head...)."""

    joints: dict[str, Point] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Point:
        return self.joints[name]


def joints(pose: Pose, scale: float = 1.0) -> dict[str, Point]:
    j: dict[str, Point] = {"hip": (0.0, 0.0)}
    j["shoulder"] = toward(j["hip"], pose.torso, TORSO * scale)
    head = pose.torso if pose.head is None else pose.head
    j["head"] = toward(j["shoulder"], head, (NECK + HEAD_R) * scale)
    for side, arm, leg in (
        ("near", pose.near_arm, pose.near_leg),
        ("far", pose.far_arm, pose.far_leg),
    ):
        j[f"{side}_elbow"] = toward(j["shoulder"], arm[0], UPPER_ARM * scale)
        j[f"{side}_hand"] = toward(j[f"{side}_elbow"], arm[1], FOREARM * scale)
        j[f"{side}_knee"] = toward(j["hip"], leg[0], THIGH * scale)
        j[f"{side}_ankle"] = toward(j[f"{side}_knee"], leg[1], SHIN * scale)
        # The sole runs heel to toe along the foot angle, a little below the ankle.
        j[f"{side}_toe"] = toward(j[f"{side}_ankle"], leg[2] - 18, TOE * scale)
        j[f"{side}_heel"] = toward(j[f"{side}_ankle"], leg[2] - 140, HEEL * scale)
    return j


class Drawing:
    """One picture: collects SVG elements and writes the file text."""

    def __init__(self, title: str, desc: str) -> None:
        self.title = title
        self.desc = desc
        self.parts: list[str] = []

    # Primitives -------------------------------------------------------------------

    def _style(
        self,
        colour: str | None,
        width: float | None,
        opacity: float | None,
        dash: str | None,
        fill: str | None,
    ) -> str:
        out = ""
        if colour is not None:
            out += f' stroke="{colour}"'
        if width is not None:
            out += f' stroke-width="{f(width)}"'
        if opacity is not None:
            out += f' stroke-opacity="{opacity}"'
            if fill is not None and fill != "none":
                out += f' fill-opacity="{opacity}"'
        if dash is not None:
            out += f' stroke-dasharray="{dash}"'
        if fill is not None:
            out += f' fill="{fill}"'
        return out

    def line(
        self,
        points: list[Point],
        *,
        colour: str | None = None,
        width: float | None = None,
        opacity: float | None = None,
        dash: str | None = None,
        fill: str | None = None,
        closed: bool = False,
    ) -> None:
        tag = "polygon" if closed else "polyline"
        if len(points) == 2 and not closed:
            (x1, y1), (x2, y2) = points
            self.parts.append(
                f'<line x1="{f(x1)}" y1="{f(y1)}" x2="{f(x2)}" y2="{f(y2)}"'
                f"{self._style(colour, width, opacity, dash, fill)}/>"
            )
            return
        self.parts.append(
            f'<{tag} points="{pts(points)}"{self._style(colour, width, opacity, dash, fill)}/>'
        )

    def path(
        self,
        d: str,
        *,
        colour: str | None = None,
        width: float | None = None,
        opacity: float | None = None,
        dash: str | None = None,
        fill: str | None = None,
    ) -> None:
        self.parts.append(f'<path d="{d}"{self._style(colour, width, opacity, dash, fill)}/>')

    def circle(
        self,
        c: Point,
        r: float,
        *,
        fill: str | None = None,
        colour: str | None = None,
        width: float | None = None,
        opacity: float | None = None,
    ) -> None:
        self.parts.append(
            f'<circle cx="{f(c[0])}" cy="{f(c[1])}" r="{f(r)}"'
            f"{self._style(colour, width, opacity, None, fill)}/>"
        )

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        rx: float = 0,
        width: float | None = None,
        fill: str | None = None,
        colour: str | None = None,
        opacity: float | None = None,
    ) -> None:
        corner = f' rx="{f(rx)}"' if rx else ""
        self.parts.append(
            f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}"{corner}'
            f"{self._style(colour, width, opacity, None, fill)}/>"
        )

    # Scenery ----------------------------------------------------------------------

    def floor(self, y: float = FLOOR, x0: float = 8, x1: float = 192) -> None:
        self.line([(x0, y), (x1, y)], width=2, opacity=0.55)

    def wall(self, x: float, top: float = 16, bottom: float = FLOOR, behind: int = 1) -> None:
        """A wall face at ``x``; hatching on the side away from the figure (``behind`` +1/-1)."""
        self.line([(x, top), (x, bottom)], width=3)
        y = top + 6
        while y < bottom - 2:
            self.line([(x, y), (x + 7 * behind, y - 7)], width=1.5, opacity=0.5)
            y += 13

    def step(self, x0: float, x1: float, top: float, bottom: float = FLOOR) -> None:
        self.line([(x0, bottom), (x0, top), (x1, top), (x1, bottom)], width=2.5)

    def rail(self, x: float, top: float, bottom: float = FLOOR) -> None:
        self.line([(x, bottom), (x, top)], width=2.5)
        self.line([(x - 12, top), (x + 12, top)], width=2.5)

    def roller(self, c: Point, r: float = 9) -> None:
        self.circle(c, r, fill="none", width=2.5)
        self.circle(c, r * 0.35, fill="none", width=1.5)

    def bucket(self, x: float, w: float = 44, h: float = 40, bottom: float = FLOOR) -> None:
        top = bottom - h
        self.line([(x, top), (x + 4, bottom), (x + w - 4, bottom), (x + w, top)], width=2.5)
        self.path(
            f"M{f(x)} {f(top)} Q{f(x + w / 2)} {f(top - 22)} {f(x + w)} {f(top)}",
            width=1.5,
            opacity=0.6,
        )

    def water(self, x0: float, x1: float, y: float) -> None:
        """A wavy water surface."""
        d = f"M{f(x0)} {f(y)}"
        x = x0
        step = (x1 - x0) / 4
        for i in range(4):
            up = -3 if i % 2 == 0 else 3
            d += f" Q{f(x + step / 2)} {f(y + up)} {f(x + step)} {f(y)}"
            x += step
        self.path(d, width=1.8, opacity=0.7)

    def steam(self, x: float, y: float, n: int = 3, gap: float = 9) -> None:
        for i in range(n):
            sx = x + i * gap
            self.path(
                f"M{f(sx)} {f(y)} q-4 -5 0 -10 q4 -5 0 -10",
                colour=ACCENT,
                width=2,
            )

    def chair(self, x: float, seat: float, depth: float = 26, back: bool = True) -> None:
        """A side-view chair whose seat runs from ``x`` to ``x + depth`` at height ``seat``."""
        self.line([(x - 2, seat), (x + depth, seat)], width=2.5)
        self.line([(x + 1, seat), (x + 1, FLOOR)], width=2.5)
        self.line([(x + depth - 2, seat), (x + depth - 2, FLOOR)], width=2.5)
        if back:
            self.line([(x - 2, seat), (x - 6, seat - 40)], width=2.5)

    # The figure -------------------------------------------------------------------

    def figure(
        self,
        pose: Pose,
        at: Point,
        *,
        anchor: str = "ground",
        scale: float = 1.0,
        far_opacity: float = FAR,
        ghost: bool = False,
    ) -> Body:
        """Draw ``pose`` placed so ``anchor`` sits at ``at``.

        ``anchor="ground"`` puts the hip at ``at[0]`` and the lowest point on ``at[1]``;
        any joint name puts that joint at ``at``.
        """
        j = joints(pose, scale)
        if anchor == "ground":
            lowest = max(*(y for _, y in j.values()), j["head"][1] + HEAD_R * scale)
            dx, dy = at[0], at[1] - lowest - 1.5
        else:
            dx, dy = at[0] - j[anchor][0], at[1] - j[anchor][1]
        j = {k: (x + dx, y + dy) for k, (x, y) in j.items()}
        base = 0.3 if ghost else None
        far = 0.18 if ghost else far_opacity
        dash = "4 5" if ghost else None
        for side, opacity in (("far", far), ("near", base)):
            if side == "near":
                self.line([j["hip"], j["shoulder"]], opacity=base, dash=dash)
                if not ghost:
                    self.circle(j["head"], HEAD_R * scale, fill=FIGURE, colour="none")
            self.line([j[f"{side}_ankle"], j[f"{side}_heel"], j[f"{side}_toe"]], opacity=opacity)
            self.line([j["hip"], j[f"{side}_knee"], j[f"{side}_ankle"]], opacity=opacity, dash=dash)
            self.line(
                [j["shoulder"], j[f"{side}_elbow"], j[f"{side}_hand"]], opacity=opacity, dash=dash
            )
        return Body(j)

    def leg(
        self, hip: Point, leg: tuple[float, float, float], opacity: float | None = None
    ) -> Body:
        """One loose leg (a ghost of where it swings from, or a leg on its own)."""
        knee = toward(hip, leg[0], THIGH)
        ankle = toward(knee, leg[1], SHIN)
        toe = toward(ankle, leg[2] - 18, TOE)
        heel = toward(ankle, leg[2] - 140, HEEL)
        dash = "4 5" if opacity is not None and opacity < 0.4 else None
        self.line([hip, knee, ankle], opacity=opacity, dash=dash)
        self.line([ankle, heel, toe], opacity=opacity)
        return Body({"hip": hip, "knee": knee, "ankle": ankle, "toe": toe, "heel": heel})

    # Arrows -----------------------------------------------------------------------

    def _head(self, tip: Point, back: Point) -> None:
        angle = math.atan2(tip[1] - back[1], tip[0] - back[0])
        size, half = 10.0, 6.0
        bx = tip[0] - math.cos(angle) * size
        by = tip[1] - math.sin(angle) * size
        left = (bx - math.sin(angle) * half, by + math.cos(angle) * half)
        right = (bx + math.sin(angle) * half, by - math.cos(angle) * half)
        self.line([tip, left, right], colour=ACCENT, width=1, fill=ACCENT, closed=True)

    def _shaft(self, points: list[Point], double: bool, dash: str | None) -> None:
        # Stop the line short of each head so the round cap does not poke past the tip.
        def trim(a: Point, b: Point) -> Point:
            length = math.dist(a, b) or 1.0
            cut = min(6.0, length * 0.9)
            return (b[0] + (a[0] - b[0]) * cut / length, b[1] + (a[1] - b[1]) * cut / length)

        shaft = list(points)
        shaft[-1] = trim(points[-2], points[-1])
        if double:
            shaft[0] = trim(points[1], points[0])
        self.line(shaft, colour=ACCENT, width=3, dash=dash)
        self._head(points[-1], points[-2])
        if double:
            self._head(points[0], points[1])

    def arrow(self, a: Point, b: Point, double: bool = False, dash: str | None = None) -> None:
        """A straight movement arrow from ``a`` to ``b``."""
        self._shaft([a, b], double, dash)

    def curve(
        self, a: Point, c: Point, b: Point, double: bool = False, dash: str | None = None
    ) -> None:
        """A curved arrow from ``a`` to ``b`` bending toward control point ``c``."""
        points = []
        for i in range(13):
            t = i / 12
            x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0]
            y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1]
            points.append((x, y))
        self._shaft(points, double, dash)

    def arc(
        self, c: Point, r: float, start: float, end: float, *, double: bool = False, ry: float = 0
    ) -> None:
        """An arrow along a circle (or an ellipse with ``ry``), angles as for the figure."""
        ry = ry or r
        n = max(6, int(abs(end - start) / 12))
        points = []
        for i in range(n + 1):
            a = math.radians(start + (end - start) * i / n)
            points.append((c[0] + math.sin(a) * r, c[1] + math.cos(a) * ry))
        self._shaft(points, double, None)

    def chevrons(self, x: float, y: float, sizes: list[float], gap: float = 12) -> None:
        """Forward-pointing chevrons (>>), each ``size`` tall: pace shown at a glance."""
        for size in sizes:
            self.line(
                [(x, y - size / 2), (x + size / 2, y), (x, y + size / 2)], colour=ACCENT, width=3
            )
            x += gap

    # Output -----------------------------------------------------------------------

    def svg(self) -> str:
        body = "\n  ".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}">\n'
            f"<title>{escape(self.title)}</title>\n"
            f"<desc>{escape(self.desc)}</desc>\n"
            f'<g fill="none" stroke="{FIGURE}" stroke-width="3" '
            f'stroke-linecap="round" stroke-linejoin="round">\n  {body}\n</g>\n</svg>\n'
        )


# The drawings ---------------------------------------------------------------------

Draw = Callable[[Drawing], None]
DRAWINGS: dict[str, tuple[str, Draw]] = {}


def picture(exercise_id: str, desc: str) -> Callable[[Draw], Draw]:
    def register(draw: Draw) -> Draw:
        DRAWINGS[exercise_id] = (desc, draw)
        return draw

    return register


def tilted_box(d: Drawing, a: Point, b: Point, half: float, **style: object) -> None:
    """A band of width ``2 * half`` along the segment a-b (a towel, a bandage, a pack)."""
    angle = math.atan2(b[1] - a[1], b[0] - a[0])
    nx, ny = -math.sin(angle) * half, math.cos(angle) * half
    corners = [
        (a[0] + nx, a[1] + ny),
        (b[0] + nx, b[1] + ny),
        (b[0] - nx, b[1] - ny),
        (a[0] - nx, a[1] - ny),
    ]
    d.line(corners, closed=True, **style)  # type: ignore[arg-type]


def along(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def shift(p: Point, dx: float, dy: float) -> Point:
    return (p[0] + dx, p[1] + dy)


def floor_sit(
    d: Drawing,
    hip: Point,
    near_leg: tuple[float, float, float],
    *,
    lean: float = -166,
    scale: float = 1.0,
    far_leg: tuple[float, float, float] | None = None,
    hands_behind: bool = True,
) -> Body:
    """A figure sitting on the floor at ``hip``; by default the far knee is up, foot flat,
    and the hands are on the floor behind."""
    pose = Pose(torso=lean, near_leg=near_leg)
    floor = FLOOR - 1.5 - hip[1]
    if far_leg is None:
        thigh, shin = reach((0, 0), (30 * scale, floor), THIGH * scale, SHIN * scale, 1)
        far_leg = (thigh, shin, 90)
    pose.far_leg = far_leg
    j = joints(pose, scale)
    if hands_behind:
        hand = (j["shoulder"][0] - 10 * scale, floor)
        arm = reach(j["shoulder"], hand, UPPER_ARM * scale, FOREARM * scale, -1)
        pose.near_arm, pose.far_arm = arm, arm
    return d.figure(pose, hip, anchor="hip", scale=scale)


WALK = Pose(
    torso=176,
    near_arm=(-28, 35),
    far_arm=(28, 95),
    near_leg=(22, 6, 100),
    far_leg=(-18, -40, 60),
)
STROLL = Pose(
    torso=179,
    near_arm=(-14, -4),
    far_arm=(14, 26),
    near_leg=(16, 4, 98),
    far_leg=(-13, -30, 66),
)
RUN = Pose(
    torso=168,
    near_arm=(-35, 55),
    far_arm=(35, 125),
    near_leg=(40, 2, 96),
    far_leg=(-28, -100, -40),
)


# Warm-up ------------------------------------------------------------------------------


@picture("brisk_walk", "A figure walking briskly, arms swinging, with a forward arrow.")
def brisk_walk(d: Drawing) -> None:
    d.floor()
    d.figure(WALK, (82, FLOOR))
    d.arrow((128, 62), (178, 62))
    d.chevrons(134, 92, [12, 12], gap=14)


@picture("leg_swings", "A figure holding a post swings the near leg forward and back.")
def leg_swings(d: Drawing) -> None:
    d.floor()
    d.line([(100, FLOOR), (100, 56)], width=4, opacity=0.6)
    pose = Pose(near_arm=(-10, 5), far_arm=(70, 70), near_leg=(38, 38, 125))
    body = d.figure(pose, (76, FLOOR))
    d.leg(body["hip"], (-32, -32, 60), opacity=0.3)
    d.arc(body["hip"], 74, -40, 46, double=True)


@picture("butt_kicks", "A figure jogging on the spot flicks one heel up toward the bottom.")
def butt_kicks(d: Drawing) -> None:
    d.floor()
    pose = Pose(
        torso=178,
        near_arm=(-30, 60),
        far_arm=(28, 118),
        near_leg=(-2, -158, -120),
        far_leg=(2, 0, 55),
    )
    body = d.figure(pose, (100, FLOOR))
    d.arc(body["near_knee"], 40, -20, -128)


@picture("inchworms", "A figure folded forward with hands on the floor walks the hands out.")
def inchworms(d: Drawing) -> None:
    d.floor()
    fold_arm = reach((0, 0), (24, 33), UPPER_ARM, FOREARM, -1)
    fold = Pose(torso=38, head=28, near_arm=fold_arm, far_arm=fold_arm, near_leg=(8, -8, 90))
    fold.far_leg = fold.near_leg
    ghost = d.figure(fold, (40, FLOOR), ghost=True)
    plank = Pose(
        torso=103,
        head=106,
        near_arm=(0, 0),
        far_arm=(2, 2),
        near_leg=(-77, -77, 0),
        far_leg=(-77, -77, 0),
    )
    body = d.figure(plank, (128, FLOOR))
    start, end = ghost["near_hand"], body["near_hand"]
    d.arrow(shift(start, 8, 7), shift(end, 2, 7))


@picture("calf_raise", "A figure up on the balls of both feet, a hand on the wall, heels rising.")
def calf_raise(d: Drawing) -> None:
    d.floor(x1=150)
    d.wall(150, behind=1)
    pose = Pose(near_arm=(62, 92), far_arm=(58, 96), near_leg=(0, 0, 26), far_leg=(3, 3, 26))
    body = d.figure(pose, (112, FLOOR))
    ghost_foot(d, body["near_toe"])
    heel_arrow(d, body["near_heel"])


@picture(
    "bent_knee_calf_raise",
    "A figure with both knees bent rises onto the balls of the feet, a hand on the wall.",
)
def bent_knee_calf_raise(d: Drawing) -> None:
    d.floor(x1=150)
    d.wall(150, behind=1)
    pose = Pose(near_arm=(62, 92), far_arm=(58, 96), near_leg=(24, -10, 40), far_leg=(27, -7, 40))
    body = d.figure(pose, (110, FLOOR))
    ghost_foot(d, body["near_toe"])
    heel_arrow(d, body["near_heel"])
    d.arc(body["near_knee"], 12, 200, 320)


@picture("ankle_circles", "A figure sits with one leg out and circles the foot at the ankle.")
def ankle_circles(d: Drawing) -> None:
    d.floor()
    body = floor_sit(d, (44, FLOOR - 8), near_leg=(94, 94, 176), lean=-166, scale=1.2)
    toe = body["near_toe"]
    d.arc(shift(toe, 1, 3), 16, 150, 470)


@picture("walking_lunges", "A figure in a forward lunge, back knee low, travelling forward.")
def walking_lunges(d: Drawing) -> None:
    d.floor()
    pose = Pose(near_arm=(4, -4), far_arm=(-4, 4), near_leg=(78, 0, 90), far_leg=(-24, -86, 40))
    body = d.figure(pose, (92, FLOOR))
    d.arrow((body["head"][0] + 24, 40), (body["head"][0] + 70, 40))


def wall_stretch(
    d: Drawing, stance: float, hands_high: bool, heel_arrow: bool, lean: float = 25
) -> None:
    wall = 168.0
    d.floor(x1=wall)
    d.wall(wall)
    torso = 180 - lean
    hip_x = 88.0
    pose = Pose(
        torso=torso,
        near_leg=(-lean, -lean, 90),
        far_leg=(stance, -6, 90),
    )
    j = joints(pose)
    shoulder = j["shoulder"]
    lowest = max(y for _, y in j.values())
    origin = (hip_x, FLOOR - lowest - 1.5)
    shoulder_at = shift(shoulder, *origin)
    target = (wall - 2, shoulder_at[1] + (0 if hands_high else 6))
    rel = (target[0] - origin[0], target[1] - origin[1])
    arm = reach(shoulder, rel, UPPER_ARM, FOREARM, -1)
    pose.near_arm = arm
    pose.far_arm = arm
    body = d.figure(pose, (hip_x, FLOOR))
    head = body["head"]
    d.curve(shift(head, -22, -14), shift(head, -2, -30), shift(head, 20, -16))
    if heel_arrow:
        heel = body["near_heel"]
        d.arrow((heel[0] - 2, heel[1] - 30), (heel[0] - 2, heel[1] - 8))


@picture(
    "dynamic_calf_stretch",
    "A figure leans toward a wall, palms on it, back leg straight with the heel down.",
)
def dynamic_calf_stretch(d: Drawing) -> None:
    wall_stretch(d, stance=28, hands_high=False, heel_arrow=False, lean=22)


@picture("skipping", "A figure skipping over a rope, hopping low on the balls of the feet.")
def skipping(d: Drawing) -> None:
    d.floor()
    pose = Pose(
        torso=176,
        near_arm=(-30, 40),
        far_arm=(34, 110),
        near_leg=(72, 4, 60),
        far_leg=(-6, -16, 40),
    )
    body = d.figure(pose, (78, FLOOR - 12))
    d.line([shift(body["far_toe"], -10, 13), shift(body["far_toe"], 6, 13)], width=2, opacity=0.4)
    toe = body["far_toe"]
    d.curve((toe[0] + 24, FLOOR - 4), (toe[0] + 44, FLOOR - 40), (toe[0] + 64, FLOOR - 4))
    d.curve((toe[0] + 70, FLOOR - 4), (toe[0] + 90, FLOOR - 40), (toe[0] + 110, FLOOR - 4))


@picture("jumping_jacks", "A figure seen from the front hops feet apart with arms overhead.")
def jumping_jacks(d: Drawing) -> None:
    d.floor()
    cx = 100.0
    d.circle((cx, 30), HEAD_R, fill=FIGURE, colour="none")
    d.line([(cx, 42), (cx, 84)])
    for side in (-1, 1):
        d.line([(cx, 48), (cx + side * 17, 32), (cx + side * 30, 14)])
        d.line([(cx, 84), (cx + side * 13, 114), (cx + side * 24, FLOOR - 2)])
        d.line([(cx + side * 24, FLOOR - 2), (cx + side * 32, FLOOR - 2)])
        d.line([(cx, 48), (cx + side * 12, 70), (cx + side * 14, 88)], opacity=0.25, dash="4 5")
        d.arc((cx, 48), 44, side * 42, side * 128)
        d.arrow((cx + side * 8, FLOOR + 5), (cx + side * 34, FLOOR + 5))


# Activation -------------------------------------------------------------------------


@picture(
    "hip_flexor_stretch",
    "A figure kneels on one knee on a folded towel and shifts the hips forward.",
)
def hip_flexor_stretch(d: Drawing) -> None:
    d.floor()
    pose = Pose(near_arm=(-40, 40), far_arm=(-30, 50), near_leg=(-8, -76, 10), far_leg=(88, 0, 90))
    body = d.figure(pose, (92, FLOOR))
    knee = body["near_knee"]
    d.rect(knee[0] - 12, FLOOR - 6, 24, 6, rx=1.5, width=2)
    hip = body["hip"]
    d.arrow((hip[0] + 6, hip[1] - 14), (hip[0] + 30, hip[1] - 14))


@picture("glute_bridge", "A figure lies on the back, knees bent, and lifts the hips up.")
def glute_bridge(d: Drawing) -> None:
    d.floor()
    arm = (76, 92)
    pose = Pose(
        torso=-68,
        head=-112,
        near_arm=arm,
        far_arm=arm,
        near_leg=(112, -2, 90),
        far_leg=(112, -2, 90),
    )
    body = d.figure(pose, (110, FLOOR))
    hip = body["hip"]
    d.arrow((hip[0], hip[1] - 8), (hip[0], hip[1] - 34))


@picture(
    "monster_walk", "A figure from the front, knees bent, a band round the knees, steps sideways."
)
def monster_walk(d: Drawing) -> None:
    d.floor()
    cx = 100.0
    d.circle((cx, 40), HEAD_R, fill=FIGURE, colour="none")
    d.line([(cx, 52), (cx, 92)])
    for side in (-1, 1):
        d.line([(cx, 56), (cx + side * 20, 70), (cx + side * 9, 88)])
        d.line([(cx, 92), (cx + side * 30, 114), (cx + side * 22, FLOOR - 2)])
        d.line([(cx + side * 22, FLOOR - 2), (cx + side * 30, FLOOR - 2)])
    d.rect(cx - 30, 131, 60, 9, rx=4.5, width=2.2)
    d.arrow((136, 80), (180, 80))
    d.arrow((64, 80), (20, 80))


@picture(
    "side_leg_lift", "A figure lies on one side, head on the lower arm, and lifts the top leg."
)
def side_leg_lift(d: Drawing) -> None:
    d.floor()
    pose = Pose(
        torso=-90,
        head=-96,
        near_arm=(84, 92),
        far_arm=(-92, -170),
        near_leg=(112, 112, 200),
        far_leg=(90, 90, 175),
    )
    body = d.figure(pose, (108, FLOOR - 6), anchor="hip")
    d.arc(body["hip"], 72, 96, 128)


# Stretching ---------------------------------------------------------------------------


@picture(
    "standing_calf_stretch",
    "A figure close to a wall, hands on it, leans in; the back leg is straight, heel flat.",
)
def standing_calf_stretch(d: Drawing) -> None:
    wall_stretch(d, stance=22, hands_high=False, heel_arrow=False, lean=26)


@picture(
    "bent_knee_wall_stretch",
    "A figure leans on a wall with the back knee bent and the heel down, "
    "stretching low in the calf.",
)
def bent_knee_wall_stretch(d: Drawing) -> None:
    wall_stretch(d, stance=22, hands_high=False, heel_arrow=True, lean=14)


@picture(
    "runners_stretch",
    "A figure with both palms on a wall at shoulder height leans into a long back leg, "
    "heel driven down.",
)
def runners_stretch(d: Drawing) -> None:
    wall_stretch(d, stance=30, hands_high=True, heel_arrow=True, lean=34)


@picture("downward_dog", "A figure in an upside-down V, hips pushed up and back, heels sinking.")
def downward_dog(d: Drawing) -> None:
    d.floor()
    arm = (46, 46)
    pose = Pose(
        torso=52,
        head=30,
        near_arm=arm,
        far_arm=arm,
        near_leg=(-34, -34, 80),
        far_leg=(-32, -32, 80),
    )
    body = d.figure(pose, (96, FLOOR))
    hip = body["hip"]
    d.arrow((hip[0] + 4, hip[1] - 8), (hip[0] - 16, hip[1] - 28))
    heel = body["near_heel"]
    d.arrow((heel[0] - 8, heel[1] - 30), (heel[0] - 8, heel[1] - 6))


@picture(
    "seated_towel_calf_stretch",
    "A figure sits with legs straight, a towel looped round the ball of one foot, pulling back.",
)
def seated_towel_calf_stretch(d: Drawing) -> None:
    d.floor()
    scale = 1.2
    pose = Pose(torso=172, near_leg=(93, 93, 192), far_leg=(93, 93, 174))
    j = joints(pose, scale)
    toe = j["near_toe"]
    ball = along(j["near_ankle"], toe, 0.75)
    grip = (ball[0] - 26, ball[1] - 26)
    arm = reach(j["shoulder"], grip, UPPER_ARM * scale, FOREARM * scale, -1)
    pose.near_arm = arm
    pose.far_arm = arm
    body = d.figure(pose, (40, FLOOR - 8), anchor="hip", scale=scale)
    hand = body["near_hand"]
    toe, ankle = body["near_toe"], body["near_ankle"]
    ball = along(ankle, toe, 0.75)
    wrap = shift(ball, 5, 1)
    d.path(
        f"M{f(hand[0])} {f(hand[1])} L{f(toe[0] + 4)} {f(toe[1] - 2)} "
        f"Q{f(wrap[0] + 4)} {f(wrap[1] + 2)} {f(wrap[0] - 1)} {f(wrap[1] + 6)} "
        f"L{f(hand[0])} {f(hand[1] + 3)}",
        width=2.5,
    )
    d.arrow(shift(hand, 8, -14), shift(hand, -16, -26))


STEP_EDGE, STEP_TOP = 84.0, FLOOR - 24


def on_step(d: Drawing, pose: Pose) -> Body:
    """A step with a rail; the figure's near toe on the step edge, holding the rail."""
    d.floor(x1=STEP_EDGE)
    d.step(STEP_EDGE, 192, STEP_TOP)
    pose.near_arm, pose.far_arm = (58, 84), (54, 88)
    body = d.figure(pose, (STEP_EDGE + 7, STEP_TOP - 1.5), anchor="near_toe", scale=0.9)
    hand = body["near_hand"]
    d.rail(hand[0] + 1, hand[1] + 1, STEP_TOP)
    return body


@picture(
    "heel_drop_stretch",
    "A figure stands on a step holding a rail; one heel sinks below the step edge.",
)
def heel_drop_stretch(d: Drawing) -> None:
    body = on_step(d, Pose(near_leg=(0, 0, 140), far_leg=(34, -2, 90)))
    heel = body["near_heel"]
    d.arrow((heel[0] - 12, STEP_TOP - 16), (heel[0] - 12, heel[1] + 8))


# Strengthening ------------------------------------------------------------------------


def heel_arrow(d: Drawing, heel: Point) -> None:
    """Up and down beside a lifted heel: the movement of a calf raise."""
    d.arrow((heel[0] - 14, FLOOR - 4), (heel[0] - 14, heel[1] - 30), double=True)


def ghost_foot(d: Drawing, toe: Point) -> None:
    """Where a lifted foot was flat on the floor, pivoting on the same toe."""
    flat_toe = toward((0, 0), 72, TOE)
    ankle = (toe[0] - flat_toe[0], FLOOR - 1.5 - flat_toe[1])
    heel = toward(ankle, -50, HEEL)
    d.line([shift(ankle, 0, -8), ankle, heel, toe], width=2, opacity=0.35, dash="3 3")


def one_leg_raise(d: Drawing) -> Body:
    d.floor(x1=150)
    d.wall(150)
    pose = Pose(near_arm=(62, 92), far_arm=(58, 96), near_leg=(0, 0, 26), far_leg=(6, -62, -10))
    body = d.figure(pose, (112, FLOOR))
    ghost_foot(d, body["near_toe"])
    heel_arrow(d, body["near_heel"])
    return body


@picture(
    "single_leg_calf_raise",
    "A figure on one foot, fingertips on a wall, rises onto the ball of the foot.",
)
def single_leg_calf_raise(d: Drawing) -> None:
    one_leg_raise(d)


@picture(
    "calf_raise_test",
    "A figure does single-leg calf raises by a wall while tally marks count the reps.",
)
def calf_raise_test(d: Drawing) -> None:
    one_leg_raise(d)
    for i in range(4):
        d.line([(20 + i * 8, 18), (20 + i * 8, 42)], colour=ACCENT, width=3)
    d.line([(14, 38), (50, 22)], colour=ACCENT, width=3)


@picture(
    "eccentric_heel_drop",
    "A figure on the edge of a step on one foot, the other lifted, lowers the heel slowly "
    "below the step.",
)
def eccentric_heel_drop(d: Drawing) -> None:
    body = on_step(d, Pose(near_leg=(0, 0, 136), far_leg=(70, 8, 70)))
    heel = body["near_heel"]
    x = heel[0] - 14
    d.arrow((x, STEP_TOP - 40), (x, heel[1] + 8), dash="5 4")


# Recovery -----------------------------------------------------------------------------


@picture(
    "foam_rolling",
    "A figure sits propped on the hands, hips lifted, rolling one calf over a foam roller.",
)
def foam_rolling(d: Drawing) -> None:
    d.floor()
    scale = 1.15
    hip = (82.0, FLOOR - 26)
    pose = Pose(torso=-116, head=-122, near_leg=(91, 89, 150), far_leg=(95, 94, 160))
    j = joints(pose, scale)
    hand = (j["shoulder"][0] - 6, FLOOR - 1.5 - hip[1])
    arm = reach(j["shoulder"], hand, UPPER_ARM * scale, FOREARM * scale, 1)
    pose.near_arm, pose.far_arm = arm, arm
    body = d.figure(pose, hip, anchor="hip", scale=scale)
    knee, ankle = body["near_knee"], body["near_ankle"]
    calf = along(knee, ankle, 0.45)
    d.roller((calf[0], FLOOR - 11.5), 10)
    d.arrow(shift(knee, -4, -14), shift(ankle, 6, -14), double=True)


@picture(
    "massage_gun",
    "A figure sits on a chair and glides a massage gun over the back of the calf.",
)
def massage_gun(d: Drawing) -> None:
    d.floor()
    d.chair(22, FLOOR - 32)
    hip = (30.0, FLOOR - 34)
    pose = Pose(torso=150, head=140, near_leg=(90, 90, 172), far_leg=(86, 4, 90))
    j = joints(pose)
    calf = along(j["near_knee"], j["near_ankle"], 0.5)
    head = shift(calf, 0, -6)
    grip = shift(calf, -10, -24)
    pose.near_arm = reach(j["shoulder"], grip, UPPER_ARM, FOREARM, -1)
    pose.far_arm = reach(j["shoulder"], shift(grip, 4, 4), UPPER_ARM, FOREARM, -1)
    body = d.figure(pose, hip, anchor="hip")
    head, grip, calf = (shift(p, *hip) for p in (head, grip, calf))
    ankle = body["near_ankle"]
    d.rect(ankle[0] - 12, ankle[1] + 4, 24, FLOOR - ankle[1] - 4, rx=2, width=2.5)
    d.circle(head, 4, fill=FIGURE, colour="none")
    d.line([shift(head, 0, -5), shift(head, 0, -24)], width=7)
    d.line([shift(head, 0, -18), shift(head, -14, -22)], width=5)
    for side in (-1, 1):
        d.path(
            f"M{f(head[0] + side * 9)} {f(head[1] - 9)} q{f(side * 4)} 5 0 10",
            colour=ACCENT,
            width=2,
        )
    knee = body["near_knee"]
    d.arrow(
        shift(along(knee, ankle, 0.05), 0, 14), shift(along(knee, ankle, 0.95), 0, 14), double=True
    )


@picture(
    "self_massage",
    "A figure sits with one knee bent and strokes the calf with both hands toward the knee.",
)
def self_massage(d: Drawing) -> None:
    d.floor()
    scale = 1.25
    hip = (62.0, FLOOR - 8)
    floor = FLOOR - 1.5 - hip[1]
    thigh, shin = reach((0, 0), (30 * scale, floor), THIGH * scale, SHIN * scale, 1)
    pose = Pose(torso=170, near_leg=(thigh, shin, 90), far_leg=(93, 93, 170))
    j = joints(pose, scale)
    calf = along(j["near_knee"], j["near_ankle"], 0.5)
    pose.near_arm = reach(j["shoulder"], shift(calf, -4, 4), UPPER_ARM * scale, FOREARM * scale, -1)
    pose.far_arm = reach(j["shoulder"], shift(calf, -3, -8), UPPER_ARM * scale, FOREARM * scale, -1)
    body = d.figure(pose, hip, anchor="hip", scale=scale)
    knee, ankle = body["near_knee"], body["near_ankle"]
    d.arrow(shift(along(knee, ankle, 0.95), 16, 0), shift(along(knee, ankle, 0.05), 16, 0))


@picture(
    "salt_water_compress",
    "A figure sits on a chair with a warm towel wrapped round the calf, a bucket beside.",
)
def salt_water_compress(d: Drawing) -> None:
    d.floor()
    d.chair(30, FLOOR - 32)
    pose = Pose(near_arm=(20, 60), far_arm=(25, 60), near_leg=(90, 0, 90), far_leg=(86, 6, 90))
    body = d.figure(pose, (38, FLOOR - 34), anchor="hip")
    knee, ankle = body["near_knee"], body["near_ankle"]
    tilted_box(d, along(knee, ankle, 0.2), along(knee, ankle, 0.75), 7, width=2.5)
    for t in (0.38, 0.56):
        a, b = along(knee, ankle, t), along(knee, ankle, t + 0.1)
        d.line([shift(a, -7, 0), shift(b, 7, 0)], width=1.5)
    d.bucket(128, w=44, h=38)
    d.water(132, 168, FLOOR - 30)
    d.steam(140, FLOOR - 44)


@picture(
    "epsom_salt_soak",
    "A figure sits on a chair with feet and lower legs in a bucket of warm salty water.",
)
def epsom_salt_soak(d: Drawing) -> None:
    d.floor()
    d.chair(40, FLOOR - 32)
    pose = Pose(near_arm=(20, 60), far_arm=(25, 60), near_leg=(90, 0, 90), far_leg=(86, 6, 90))
    body = d.figure(pose, (48, FLOOR - 34), anchor="hip")
    ankle = body["near_ankle"]
    left = ankle[0] - 16
    d.bucket(left, w=46, h=30)
    d.water(left + 3, left + 43, FLOOR - 22)
    d.steam(left + 50, FLOOR - 34)
    for dx, dy in ((12, -50), (22, -62), (30, -46), (40, -58)):
        d.rect(left + dx, FLOOR + dy, 4, 4, fill=FIGURE, colour="none")


@picture("light_walk", "A figure walking at a relaxed pace on flat ground.")
def light_walk(d: Drawing) -> None:
    d.floor()
    d.figure(STROLL, (90, FLOOR))
    d.arrow((130, 70), (162, 70))


@picture("easy_cycling", "A figure pedalling a bike gently; an arrow circles the pedals.")
def easy_cycling(d: Drawing) -> None:
    d.floor()
    rear, front, crank = (48.0, 126.0), (152.0, 126.0), (100.0, 126.0)
    seat, head_tube = (88.0, 84.0), (138.0, 84.0)
    for hub in (rear, front):
        d.circle(hub, 22, fill="none", width=2.5)
    d.line([rear, crank, seat, rear], width=2.5)
    d.line([seat, head_tube, crank], width=2.5)
    d.line([front, (140, 78), (136, 72), (146, 70)], width=2.5)
    d.line([(80, 80), (96, 80)], width=3.5)
    hip = (88.0, 77.0)
    pedal_near = toward(crank, 60, 11)
    pedal_far = toward(crank, 240, 11)
    near = reach(hip, pedal_near, THIGH, SHIN, 1)
    far = reach(hip, pedal_far, THIGH, SHIN, 1)
    pose = Pose(torso=128, head=140, near_leg=(*near, 96), far_leg=(*far, 84))
    j = joints(pose)
    bars = (140 - hip[0], 71 - hip[1])
    arm = reach(j["shoulder"], bars, UPPER_ARM, FOREARM, -1)
    pose.near_arm, pose.far_arm = arm, arm
    d.figure(pose, hip, anchor="hip")
    d.line([pedal_near, pedal_far], width=2)
    d.arc(crank, 19, 200, 470)


# RICE ---------------------------------------------------------------------------------


def z(d: Drawing, x: float, y: float, size: float) -> None:
    d.line([(x, y), (x + size, y), (x, y + size), (x + size, y + size)], colour=ACCENT, width=2.5)


@picture("rest", "A figure lying resting on a bed, with Zs for sleep: a break from running.")
def rest(d: Drawing) -> None:
    d.floor()
    d.line([(24, 60), (24, FLOOR)], width=3)
    d.line([(24, 108), (180, 108), (180, FLOOR)], width=3)
    d.line([(24, 122), (180, 122)], width=2)
    d.rect(30, 92, 24, 12, rx=6, width=2.5)
    pose = Pose(
        torso=-90,
        head=-90,
        near_arm=(84, 90),
        far_arm=(86, 90),
        near_leg=(90, 90, 180),
        far_leg=(90, 90, 178),
    )
    d.figure(pose, (100, 104))
    z(d, 70, 52, 10)
    z(d, 88, 34, 14)
    z(d, 112, 14, 16)


def lower_leg(d: Drawing, front: float, scale: float) -> tuple[Callable[[float], float], float]:
    """A lower leg in outline, shin at ``front``, knee at the top, foot on the floor; returns
    where the calf's back edge is at a height, and the shin's x."""
    top = FLOOR - 134 * scale
    bottom = FLOOR - 28 * scale

    def back(y: float) -> float:
        # The calf bulges out behind the shin, widest a third of the way down.
        t = (y - top) / (bottom - top)
        bulge = math.sin(math.pi * min(1.0, t * 1.25)) * (1 - 0.35 * t)
        return front - (26 + 30 * bulge) * scale

    steps = 18
    outline = [
        (back(top + (bottom - top) * i / steps), top + (bottom - top) * i / steps)
        for i in range(steps + 1)
    ]
    d.line(outline, width=3)
    ankle = FLOOR - 32 * scale
    heel = back(bottom)
    d.path(
        f"M{f(front)} {f(top)} L{f(front)} {f(ankle)} "
        f"Q{f(front + 2 * scale)} {f(FLOOR - 20 * scale)} {f(front + 14 * scale)} "
        f"{f(FLOOR - 14 * scale)} L{f(front + 40 * scale)} {f(FLOOR - 8 * scale)} "
        f"Q{f(front + 46 * scale)} {f(FLOOR - 2 * scale)} {f(front + 38 * scale)} {f(FLOOR - 1.5)} "
        f"L{f(heel - 4 * scale)} {f(FLOOR - 1.5)} Q{f(heel - 8 * scale)} {f(FLOOR - 14 * scale)} "
        f"{f(heel)} {f(bottom)}",
        width=3,
    )
    return back, front


def snowflake(d: Drawing, c: Point, r: float) -> None:
    for a in (0, 60, 120):
        d.line([toward(c, a, r), toward(c, a + 180, r)], colour=ACCENT, width=2)


@picture(
    "ice",
    "A figure sits with the leg supported on a cushion and an ice pack resting on the calf.",
)
def ice(d: Drawing) -> None:
    d.floor()
    body = floor_sit(d, (34, FLOOR - 8), near_leg=(98, 92, 160), lean=-164, scale=1.25)
    knee, ankle = body["near_knee"], body["near_ankle"]
    d.rect(ankle[0] - 26, ankle[1] + 2, 40, FLOOR - ankle[1] - 2, rx=6, width=2.5)
    calf = along(knee, ankle, 0.45)
    d.rect(calf[0] - 17, calf[1] - 20, 34, 17, rx=4, width=2.5)
    snowflake(d, (calf[0], calf[1] - 11.5), 6)
    snowflake(d, (166, 34), 13)


@picture(
    "compression",
    "A lower leg wrapped in an elastic bandage from the ankle up toward the knee.",
)
def compression(d: Drawing) -> None:
    d.floor()
    back, front = lower_leg(d, 110, 1.0)
    for y in range(126, 40, -14):
        d.line([(back(y) + 2, y), (front - 2, y - 14)], width=2)
    d.arrow((148, 118), (148, 40))


@picture(
    "elevation",
    "A figure lies back with the leg propped on pillows, the calf above heart level.",
)
def elevation(d: Drawing) -> None:
    d.floor()
    pose = Pose(
        torso=-90,
        head=-96,
        near_arm=(82, 92),
        far_arm=(84, 92),
        near_leg=(132, 100, 168),
        far_leg=(92, 92, 175),
    )
    body = d.figure(pose, (84, FLOOR - 6), anchor="hip", scale=1.15)
    calf = along(body["near_knee"], body["near_ankle"], 0.5)
    top = calf[1] + 3
    for i in range(3):
        y = top + i * (FLOOR - top) / 3
        d.rect(calf[0] - 20 + i * 2, y, 40 - i * 4, (FLOOR - top) / 3, rx=6, width=2.5)
    d.arrow((calf[0] + 36, calf[1] + 14), (calf[0] + 36, calf[1] - 20))


# Running ------------------------------------------------------------------------------


@picture("run_walk", "A runner and a walker with arrows between them: run a minute, walk two.")
def run_walk(d: Drawing) -> None:
    d.floor()
    d.figure(RUN, (46, FLOOR), scale=0.78)
    d.figure(STROLL, (150, FLOOR), scale=0.78)
    d.curve((74, 50), (100, 30), (126, 50))
    d.curve((126, 92), (100, 112), (74, 92))


@picture("easy_run", "A figure running relaxed and upright, with a forward arrow.")
def easy_run(d: Drawing) -> None:
    d.floor()
    d.figure(RUN, (84, FLOOR))
    d.arrow((136, 56), (180, 56))


@picture(
    "cool_down_walk",
    "A figure walking after a run, the arrows getting smaller as the pace winds down.",
)
def cool_down_walk(d: Drawing) -> None:
    d.floor()
    d.figure(STROLL, (82, FLOOR))
    d.chevrons(124, 60, [22, 16, 10], gap=16)


# Guidance -----------------------------------------------------------------------------


@picture("hydration", "A water bottle and a drop of water: drink enough, before and during runs.")
def hydration(d: Drawing) -> None:
    d.path(
        "M70 50 Q70 40 80 36 L80 26 L100 26 L100 36 Q110 40 110 50 L110 140 "
        "Q110 146 104 146 L76 146 Q70 146 70 140 Z",
        width=3,
    )
    d.rect(78, 16, 24, 10, rx=2, width=3)
    d.water(70, 110, 78)
    d.line([(70, 104), (110, 104)], width=1.5, opacity=0.5)
    d.path(
        "M146 62 Q160 84 160 96 A14 14 0 0 1 132 96 Q132 84 146 62 Z",
        colour=ACCENT,
        width=3,
        fill=ACCENT,
    )


@picture("shoe_check", "A running shoe with a check mark: fit, cushioning and wear checked.")
def shoe_check(d: Drawing) -> None:
    d.path(
        "M26 128 L26 104 Q28 92 40 90 L52 88 Q58 74 70 72 L84 72 Q88 84 102 86 "
        "L140 98 Q170 106 176 120 L176 128 Q176 134 170 134 L32 134 Q26 134 26 128 Z",
        width=3,
    )
    d.line([(26, 122), (176, 122)], width=2)
    for x in (74, 84, 94):
        d.line([(x, 82), (x + 8, 78)], width=2)
    d.line([(112, 44), (128, 60), (164, 20)], colour=ACCENT, width=6)


@picture(
    "form_cues",
    "A runner tall and relaxed, landing the midfoot under the body, elbows bent.",
)
def form_cues(d: Drawing) -> None:
    d.floor()
    pose = Pose(
        torso=174,
        near_arm=(-30, 70),
        far_arm=(30, 120),
        near_leg=(14, -10, 92),
        far_leg=(-34, -104, -40),
    )
    body = d.figure(pose, (96, FLOOR))
    x = body["near_ankle"][0] + 3
    d.line([(x, 10), (x, FLOOR + 4)], colour=ACCENT, width=2, dash="5 5")
    d.circle((x, FLOOR - 2), 4, fill=ACCENT, colour="none")
    d.chevrons(150, 60, [12, 12, 12], gap=11)


@picture(
    "see_clinician",
    "A figure holding a sore calf next to a medical cross: signs that need a clinician.",
)
def see_clinician(d: Drawing) -> None:
    d.floor(x1=120)
    back, _front = lower_leg(d, 82, 0.85)
    y = FLOOR - 96
    sore = (back(y), y)
    for a in (-140, -105, -70):
        d.line([toward(sore, a, 7), toward(sore, a, 18)], colour=ACCENT, width=3)
    d.rect(126, 36, 56, 56, rx=10, width=3)
    d.line([(154, 46), (154, 82)], colour=ACCENT, width=9)
    d.line([(136, 64), (172, 64)], colour=ACCENT, width=9)


@picture(
    "ice_safety",
    "An ice pack wrapped in a cloth, with a snowflake: never put ice on bare skin.",
)
def ice_safety(d: Drawing) -> None:
    d.rect(40, 70, 90, 50, rx=8, width=3)
    d.path("M34 64 L136 64 L136 126 L34 126 Z", width=2, opacity=0.5)
    snowflake(d, (85, 95), 14)
    d.line([(150, 40), (186, 76)], colour=ACCENT, width=5)
    d.line([(186, 40), (150, 76)], colour=ACCENT, width=5)


@picture("painkillers", "A pill pack and a question mark: ask a pharmacist or doctor first.")
def painkillers(d: Drawing) -> None:
    d.rect(30, 50, 100, 70, rx=8, width=3)
    for x in (50, 80, 110):
        for y in (70, 100):
            d.circle((x, y), 8, width=2.5)
    d.path("M150 60 Q150 40 166 40 Q182 40 182 56 Q182 68 166 74 L166 88", colour=ACCENT, width=5)
    d.circle((166, 104), 4, fill=ACCENT, colour="none")


@picture("cramp_mid_run", "A runner slows to a walk and rubs a cramping calf.")
def cramp_mid_run(d: Drawing) -> None:
    d.floor(x1=120)
    back, _front = lower_leg(d, 82, 0.85)
    y = FLOOR - 96
    sore = (back(y), y)
    for a in (-140, -105, -70):
        d.line([toward(sore, a, 7), toward(sore, a, 18)], colour=ACCENT, width=3)
    d.arc((150, 90), 20, 200, 520)


# Writing the files ---------------------------------------------------------------------


def exercise_names() -> dict[str, str]:
    here = Path(__file__).resolve().parent
    with open(here.parent.parent / "plans" / "exercises.toml", "rb") as file:
        entries = tomllib.load(file)["exercise"]
    return {entry["id"]: entry["name"] for entry in entries}


def main() -> None:
    names = exercise_names()
    missing = sorted(set(names) - set(DRAWINGS))
    if missing:
        raise SystemExit(f"no drawing for: {', '.join(missing)}")
    here = Path(__file__).resolve().parent
    for exercise_id, (desc, draw) in DRAWINGS.items():
        drawing = Drawing(names[exercise_id], desc)
        draw(drawing)
        (here / f"{exercise_id}.svg").write_text(drawing.svg(), encoding="utf-8")
    print(f"wrote {len(DRAWINGS)} pictures")


if __name__ == "__main__":
    main()
