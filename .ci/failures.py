#!/usr/bin/env python3
"""Prints each failed test of the TRX files given: its name, its message and the top of its stack trace.

CI's log is all a red run leaves behind (the machine and its TRX files are gone), and `dotnet test -v q` prints only
the failing test's name, so a failure seen once under load could not be diagnosed. Each is capped so a run where
many tests fail stays readable.
"""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
MESSAGE_LINES = 60
STACK_LINES = 25
OUTPUT_LINES = 40


def clipped(text, lines):
    parts = (text or "").strip().splitlines()
    if len(parts) <= lines:
        return parts
    return parts[:lines] + [f"... ({len(parts) - lines} more lines)"]


def main(files):
    for path in files:
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            print(f"--- cannot read {path}: {e}")
            continue
        for result in root.iterfind(".//t:UnitTestResult", NS):
            if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
                continue
            print(f"--- FAILED {result.get('testName')} ({result.get('duration')}) in {path.rsplit('/', 1)[-1]}")
            output = result.find("t:Output", NS)
            if output is None:
                continue
            for tag, title, lines in (("ErrorInfo/t:Message", "message", MESSAGE_LINES),
                                      ("ErrorInfo/t:StackTrace", "stack", STACK_LINES),
                                      ("StdOut", "output", OUTPUT_LINES)):
                node = output.find("t:" + tag, NS)
                if node is not None and (node.text or "").strip():
                    print(f"  {title}:")
                    for line in clipped(node.text, lines):
                        print("    " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
