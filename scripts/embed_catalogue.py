#!/usr/bin/python3
# Compiles a text catalogue (src/i18n/<tag>.json, a flat JSON object of key -> text) into a C++
# source returning its entries as a table, sorted by key: the module reads it without parsing any
# JSON at start, and the keys are the same string literals the code names (the linker keeps one).
# Usage: embed_catalogue.py CATALOGUE.json OUTPUT.cpp FUNCTION
import json
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: embed_catalogue.py CATALOGUE.json OUTPUT.cpp FUNCTION')
    source, output, function = sys.argv[1:]
    with open(source, encoding='utf-8') as f:
        texts = json.load(f)
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        sys.exit(f'embed_catalogue.py: {source} is not a flat object of texts')
    # A JSON string literal is a valid C++ one (its escapes are C++'s too); UTF-8 stays as it is.
    literal = lambda text: json.dumps(text, ensure_ascii=False)
    rows = ''.join(f'      {{{literal(key)}, {literal(texts[key])}}},\n' for key in sorted(texts))
    code = (f'// Generated from {source} by scripts/embed_catalogue.py: do not edit.\n'
            '#include "core/i18n_catalogue.h"\n\n'
            'namespace koo {\n\n'
            f'std::span<const CatalogueEntry> {function}() {{\n'
            '  static constexpr CatalogueEntry entries[] = {\n'
            f'{rows}'
            '  };\n'
            '  return entries;\n'
            '}\n\n'
            '}  // namespace koo\n')
    try:
        with open(output, encoding='utf-8') as f:
            if f.read() == code:
                return  # unchanged: nothing recompiles
    except FileNotFoundError:
        pass
    with open(output, 'w', encoding='utf-8') as f:
        f.write(code)


if __name__ == '__main__':
    main()
