#!/usr/bin/python3
# Builds the console's Latin fonts at build time: Debian's Noto Sans Regular and Bold cut down to
# the characters the font atlas rasterises from each (kTextRanges for the body, kHeadingRanges for
# bold, in src/platform/font_atlas.cpp, read from there so the two never differ), without hinting
# or layout tables, which Dear ImGui does not use: 29 KB and 10 KB instead of 510 KB each, with
# nothing the console could draw left out.
# Usage: make_latin_fonts.py FONT_ATLAS.cpp RANGES SOURCE.ttf OUTPUT.ttf [RANGES SOURCE.ttf OUTPUT.ttf ...]
# (RANGES: the name of the array in FONT_ATLAS.cpp)
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def atlas_ranges(font_atlas_cpp, name):
    with open(font_atlas_cpp, encoding='utf-8') as f:
        match = re.search(name + r'\[\]\s*=\s*\{([^}]*)\}', f.read())
    if not match:
        sys.exit(f'make_latin_fonts.py: no {name} in {font_atlas_cpp}')
    bounds = [int(v, 16) for v in re.findall(r'0x[0-9A-Fa-f]+', match.group(1))]
    return [range(lo, hi + 1) for lo, hi in zip(bounds[0::2], bounds[1::2])]


def save_subset(source, unicodes, output):
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [1, 2]
    options.drop_tables += ['DSIG', 'GDEF', 'GPOS', 'GSUB', 'STAT', 'meta']
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(output)


def main():
    if len(sys.argv) < 5 or (len(sys.argv) - 2) % 3:
        sys.exit('usage: make_latin_fonts.py FONT_ATLAS.cpp RANGES SOURCE.ttf OUTPUT.ttf [RANGES SOURCE.ttf OUTPUT.ttf ...]')
    for name, source, output in zip(sys.argv[2::3], sys.argv[3::3], sys.argv[4::3]):
        save_subset(source, [c for r in atlas_ranges(sys.argv[1], name) for c in r], output)


if __name__ == '__main__':
    main()
