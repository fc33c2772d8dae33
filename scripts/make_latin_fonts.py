#!/usr/bin/python3
# Builds the console's Latin fonts at build time: Debian's Noto Sans Regular and Bold cut down to
# the characters the font atlas rasterises (kTextRanges in src/platform/font_atlas.cpp, read from
# there so the two never differ), without hinting or layout tables, which Dear ImGui does not use:
# 29 KB each instead of 510 KB, with nothing the console could draw left out.
# Usage: make_latin_fonts.py FONT_ATLAS.cpp SOURCE.ttf OUTPUT.ttf [SOURCE.ttf OUTPUT.ttf ...]
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def atlas_ranges(font_atlas_cpp):
    with open(font_atlas_cpp, encoding='utf-8') as f:
        match = re.search(r'kTextRanges\[\]\s*=\s*\{([^}]*)\}', f.read())
    if not match:
        sys.exit(f'make_latin_fonts.py: no kTextRanges in {font_atlas_cpp}')
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
    if len(sys.argv) < 4 or len(sys.argv) % 2:
        sys.exit('usage: make_latin_fonts.py FONT_ATLAS.cpp SOURCE.ttf OUTPUT.ttf [SOURCE.ttf OUTPUT.ttf ...]')
    unicodes = [c for r in atlas_ranges(sys.argv[1]) for c in r]
    for source, output in zip(sys.argv[2::2], sys.argv[3::2]):
        save_subset(source, unicodes, output)


if __name__ == '__main__':
    main()
