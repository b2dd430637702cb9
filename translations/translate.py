#!/usr/bin/env python3
"""Fills careledger_{de,fr,es}.ts from translations/strings_<lang>.py (the shell) and
strings_pages_<lang>.py (the patient and clinician pages): every message whose source has an entry gets it and
loses its "unfinished" mark. The English catalogue gets the source text itself, except for plural
(numerus) messages, whose singular and plural forms come from strings_en.py.
Run after lupdate:  python3 translations/translate.py
Anything left unfinished makes test_translations fail, listing what is missing."""
import importlib.util
import pathlib
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent


def load_table(lang):
    table = {}
    for name in (f"strings_{lang}", f"strings_pages_{lang}"):
        path = HERE / f"{name}.py"
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        table.update(mod.T)
    return table


def fill(lang):
    path = HERE / f"careledger_{lang}.ts"
    tree = ET.parse(path)
    # English: the source text, except plural forms (strings_en.py gives singular and plural).
    table = load_table(lang)
    missing = []
    for msg in tree.iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        numerus = msg.get("numerus") == "yes"
        value = table.get(src) if (lang != "en" or numerus) else src
        if value is None:
            if lang == "en" and numerus:
                # A copy of the source in both forms reads "1 … tokens": never acceptable.
                tr.set("type", "unfinished")
                missing.append(src)
            elif tr.get("type") == "unfinished" or not (tr.text or list(tr)):
                missing.append(src)
            continue
        if numerus:
            forms = value if isinstance(value, (list, tuple)) else [value, value]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = value
        if "type" in tr.attrib:
            del tr.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


if __name__ == "__main__":
    bad = 0
    for lang in ("en", "de", "fr", "es"):
        missing = fill(lang)
        for m in missing:
            print(f"{lang}: untranslated: {m!r}")
        bad += len(missing)
    sys.exit(1 if bad else 0)
