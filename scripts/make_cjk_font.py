#!/usr/bin/python3
# Builds the console's Chinese font at build time: Noto Sans CJK SC (from Debian's
# fonts-noto-cjk) cut down to the 6,763 hanzi of GB2312 (levels 1 and 2: the characters of
# everyday text and most names), CJK punctuation and full-width forms, plus every character of
# the demo data set: 1.5 MB (1.3 MB gzipped) instead of 19 MB, fetched only by pages that draw
# Chinese; and the fallback, every other character of the face in the Basic Multilingual Plane
# (~21,000 rarer hanzi, ~5 MB), fetched only for a character outside the first.
# Usage: make_cjk_font.py SOURCE.ttc DEMO_DATA.json OUTPUT.otf FALLBACK.otf
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection


def common_hanzi():
    chars = set()
    for high in range(0xB0, 0xF8):  # GB2312 level 1 (rows 16-55) and level 2 (rows 56-87)
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def simplified_chinese_face(source):
    return next(f for f in TTCollection(source).fonts if 'SC' in f['name'].getDebugName(1))


def save_subset(source, unicodes, output):
    font = simplified_chinese_face(source)  # a fresh copy: subsetting changes it
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [1, 2]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(output)


def main():
    source, demo_data, output, fallback = sys.argv[1:5]
    wanted = common_hanzi()
    wanted.update(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
    wanted.update(chr(c) for c in range(0xFF00, 0xFFF0))  # full-width forms
    with open(demo_data, encoding='utf-8') as f:
        wanted.update(ch for ch in f.read() if ord(ch) >= 0x2E80)
    wanted_codes = {ord(ch) for ch in wanted}
    save_subset(source, wanted_codes, output)
    # The atlas holds the Basic Multilingual Plane's CJK range from U+2E80 (font_atlas.cpp).
    rest = [c for c in simplified_chinese_face(source).getBestCmap() if 0x2E80 <= c < 0xFFFD and c not in wanted_codes]
    save_subset(source, rest, fallback)


if __name__ == '__main__':
    main()
