"""Rebuild ``HanaMinA-fallback.ttf``: the part of HanaMinA that the body face lacks.

HanaMinA (Hanazono Mincho A, GlyphWiki Project) covers the Basic Multilingual Plane's ideographs
including Extension A, but 18,700 of them are already in AR PL UMing, the body face. A fallback
font is only ever asked for characters the body face lacks, so this keeps exactly those code points
(those of the BMP: HanaMinB covers the planes above). The Hanazono Font License allows modified copies.

Run with fontTools (not a dependency of the application; any recent version):

    python resources/fonts/make_fallback_subset.py /usr/share/fonts/truetype/hanazono/HanaMinA.ttf

The source file comes from Debian's ``fonts-hanazono`` package (20170904).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent


def main(source: str) -> None:
    body = TTCollection(str(HERE / "uming.ttc")).fonts[0]  # face 0: AR PL UMing CN
    covered = set(body.getBestCmap())
    font = TTFont(source)
    # Beyond the BMP, HanaMinB (shipped whole) covers Extensions B–F completely.
    wanted = sorted(cp for cp in set(font.getBestCmap()) - covered if cp < 0x10000)
    options = subset.Options()
    options.layout_features = []  # a fallback draws single ideographs: no shaping
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    target = HERE / "HanaMinA-fallback.ttf"
    font.save(str(target))
    print(f"{target.name}: {len(wanted)} code points, {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
