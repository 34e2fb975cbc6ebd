#!/usr/bin/env python3
"""Re-encodes capture files the way Windows writes them (the files here are kept in that encoding).

    python3 encode.py cp850   FILE...   # cmd output redirected to a file: OEM code page 850, CRLF
    python3 encode.py utf16le FILE...   # gpresult /h, PowerShell 5.1 '>': UTF-16LE with BOM, CRLF

Each FILE is read as UTF-8 (it must be valid UTF-8: a file already converted is refused, so
running it twice does no harm) and written back in place; for cp850 the typographic quotes that
code page lacks become ' and " as Windows' best-fit mapping prints them. cp850 writes 'ABHÖREN' as
41 42 48 99 52 45 4E (0x99 = Ö), not as UTF-8.
"""
import sys

def main(argv):
    if len(argv) < 3 or argv[1] not in ("cp850", "utf16le"):
        sys.exit(__doc__)
    for name in argv[2:]:
        raw = open(name, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            print(f"{name}: not UTF-8 (already converted?), left alone", file=sys.stderr)
            continue
        text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\n", "\r\n")
        if argv[1] == "cp850":  # what Windows' best-fit mapping prints for characters cp850 lacks
            text = text.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'})
        data = text.encode("cp850") if argv[1] == "cp850" else b"\xff\xfe" + text.encode("utf-16-le")
        open(name, "wb").write(data)
        print(f"{name}: {argv[1]}, {len(data)} bytes")

if __name__ == "__main__":
    main(sys.argv)
