#!/usr/bin/env python3
"""Rasterises assets/favicon.svg into the PNG the pages use as their icon.

Chromium parses an SVG icon as a document on the page's main thread (some 10 ms of a 2-core
machine, between the console's first answers and its first frame); a small PNG decodes in a
fraction of that. Only what the icon uses is understood: <rect> (width, height, rx, fill) and
<path> strokes of straight lines (M/L/H/V, absolute or relative) with round caps.
Usage: make_favicon.py SVG PNG SIZE
"""
import math
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

SAMPLES = 4  # per pixel and axis: 16 samples give the edges their antialiasing


def colour(text):
    text = text.lstrip('#')
    if len(text) == 3:
        text = ''.join(c * 2 for c in text)
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def segments(d):
    """The straight segments of a path's data."""
    # Every command letter is a token, so one this script does not draw stops it at once.
    tokens = re.findall(r'[A-Za-z]|-?\d*\.?\d+', d)
    x = y = 0.0
    command, out, i = None, [], 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            if command not in 'MmLlHhVv':
                sys.exit(f'make_favicon.py: path command {command} is not supported')
            i += 1
            continue
        if command is None:
            sys.exit('make_favicon.py: path data must start with a command')
        if command in 'Mm':
            nx, ny = float(tokens[i]), float(tokens[i + 1])
            x, y = (x + nx, y + ny) if command == 'm' else (nx, ny)
            i += 2
            command = 'l' if command == 'm' else 'L'  # further pairs are lines
            continue
        start = (x, y)
        if command in 'Ll':
            nx, ny = float(tokens[i]), float(tokens[i + 1])
            x, y = (x + nx, y + ny) if command == 'l' else (nx, ny)
            i += 2
        elif command in 'Hh':
            x = x + float(tokens[i]) if command == 'h' else float(tokens[i])
            i += 1
        else:  # V or v
            y = y + float(tokens[i]) if command == 'v' else float(tokens[i])
            i += 1
        out.append((start, (x, y)))
    return out


def distance_to_segment(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def inside_rounded_rect(px, py, w, h, r):
    cx, cy = min(max(px, r), w - r), min(max(py, r), h - r)
    return 0 <= px <= w and 0 <= py <= h and math.hypot(px - cx, py - cy) <= r


def main():
    svg_path, png_path, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    root = ET.parse(svg_path).getroot()
    ns = '{http://www.w3.org/2000/svg}'
    _, _, view_w, view_h = (float(v) for v in root.get('viewBox').split())
    shapes = []  # (test(x, y) -> bool, rgb), painted in order
    for element in root:
        if element.tag == ns + 'rect':
            w, h, r = float(element.get('width')), float(element.get('height')), float(element.get('rx', 0))
            shapes.append((lambda x, y, w=w, h=h, r=r: inside_rounded_rect(x, y, w, h, r), colour(element.get('fill'))))
        elif element.tag == ns + 'path':
            if element.get('stroke-linecap') != 'round':
                sys.exit('make_favicon.py: only round-capped strokes are supported')
            half = float(element.get('stroke-width', 1)) / 2
            lines = segments(element.get('d'))
            shapes.append((lambda x, y, lines=lines, half=half:
                           any(distance_to_segment(x, y, a, b) <= half for a, b in lines), colour(element.get('stroke'))))
        else:
            sys.exit(f'make_favicon.py: <{element.tag}> is not supported')
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            totals, covered = [0, 0, 0], 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) * view_w / size
                    y = (py + (sy + 0.5) / SAMPLES) * view_h / size
                    rgb = None
                    for test, fill in shapes:
                        if test(x, y):
                            rgb = fill
                    if rgb:
                        covered += 1
                        totals = [t + c for t, c in zip(totals, rgb)]
            alpha = covered * 255 // (SAMPLES * SAMPLES)
            row += bytes([t // covered for t in totals] if covered else [0, 0, 0]) + bytes([alpha])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) +
           chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))
    with open(png_path, 'wb') as f:
        f.write(png)


if __name__ == '__main__':
    main()
