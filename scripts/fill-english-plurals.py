#!/usr/bin/env python3
"""Fills the English plural forms in translations/pgvault_en.ts from the source texts.

Source strings write plurals as "%n day(s)"; English needs "%n day" and "%n days". Run after
`cmake --build build --target update_translations`; it touches only unfinished numerus entries
whose source uses "(s)" and leaves every other entry as it is.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "translations/pgvault_en.ts")
text = path.read_text(encoding="utf-8")


def fill(match: re.Match) -> str:
    block = match.group(0)
    source = ET.fromstring(block).findtext("source") or ""
    if "(s)" not in source or 'type="unfinished"' not in block:
        return block
    forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
    escape = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    translation = "<translation>\n" + "".join(
        f"            <numerusform>{escape(f)}</numerusform>\n" for f in forms) + "        </translation>"
    return re.sub(r"<translation[^>]*>.*?</translation>", translation, block, flags=re.S)


filled = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
path.write_text(filled, encoding="utf-8")
