#!/usr/bin/env python3
"""Drives the kiosk through a real terminal (a pty), as a patient meets it (issue 23).

The seed's patient (planned hip surgery in Germany, claiming afterwards) answers in bokmål as
people type: `planlagt behandling`, `Tyskland`, `4.3.2024`, `kr 145 000`, `Tilbake` once. The
test checks that the result screen comes within 14 questions, none of them one that only Helfo
or Pasientreiser can answer, with the date of the first request for payment among the first
six; that the result screen holds the bound of the refund, the deadline with the days left, the
documents and what Helfo settles, and no ISO date, rule code or snake_case name; that Enter
clears the screen for the next person; and that an idle kiosk clears itself.

usage: kiosk_pty.py KIOSK [TRANSCRIPT]   (exit 0: passed)
"""
import os
import pty
import re
import select
import sys
import time

KIOSK = sys.argv[1]
TRANSCRIPT = sys.argv[2] if len(sys.argv) > 2 else None

CONVERSATION = [
    "planlagt behandling",
    "ja",
    "Tyskland",
    "ja",
    "4.3.2024",
    "20.3.2024",
    "Norge",
    "nei",
    "henvisning fra Norge",
    "innvilget",
    "kr 110 000",
    "Tilbake",
    "kr 110 000",
    "nei",
    "kr 145 000",
    "ja",
]

# What only Helfo or Pasientreiser establishes: never asked of a patient.
CASEWORKER_ONLY = [
    "Tilsvarer behandlingen",
    "antatt kostnad",
    "DRG",
    "privatpasient",
    "konsultasjoner",
    "innlagt",
    "frikort",
    "kilometer",
    "laveste takst",
    "mottok Helfo",
]

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"  FAILED: {what}")


class Terminal:
    """A kiosk process on a pty: what it wrote, and typing into it."""

    def __init__(self, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(KIOSK, [KIOSK, *args])
        self.out = b""

    def read_until(self, pattern, timeout=10.0, since=0):
        """Reads until `pattern` (bytes regex) matches the output from offset `since` on."""
        end = time.time() + timeout
        while time.time() < end:
            if re.search(pattern, self.out[since:]):
                return True
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    return bool(re.search(pattern, self.out[since:]))
                if not chunk:
                    break
                self.out += chunk
        return bool(re.search(pattern, self.out[since:]))

    def prompts(self):
        return self.out.count(b"\n> ") + self.out.count(b"\r\n> ")

    def type(self, line):
        os.write(self.fd, line.encode() + b"\n")

    def close(self):
        os.write(self.fd, b"\x04")
        end = time.time() + 5
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:
                select.select([self.fd], [], [], 0.1)
                os.read(self.fd, 65536)
            except OSError:
                pass
        os.kill(self.pid, 9)
        return None

    def text(self):
        return self.out.decode("utf-8", "replace").replace("\r\n", "\n")


def screen_after(text, marker):
    """The part of `text` after the last `marker`."""
    return text[text.rfind(marker) :]


def conversation():
    print("kiosk in a pty: the seed's patient in bokmål")
    t = Terminal("--lang", "nb", "--date", "2024-04-15", "--idle", "0")
    asked = []  # the question shown before each answer, in order
    for answer in CONVERSATION:
        check(t.read_until(rb"> $"), f"a prompt before {answer!r}")
        screen = t.text()
        question = screen_after(screen, "Spørsmål ").split("\n")[1] if "Spørsmål " in screen else ""
        asked.append(question)
        since = len(t.out)
        t.type(answer)
        # Wait for the answer to be taken: the next prompt or the result.
        t.read_until(rb"\n> $|Trykk Enter", 10, since)
    check(t.read_until("Trykk Enter når du er ferdig".encode()), "the result screen")
    text = t.text()
    distinct = []
    for q in asked:
        if q and q not in distinct:
            distinct.append(q)
    print(f"  {len(distinct)} questions:")
    for i, q in enumerate(distinct, 1):
        print(f"    {i:2}. {q}")
    check(len(distinct) <= 14, f"at most 14 questions (asked {len(distinct)})")
    invoice = next((i for i, q in enumerate(distinct) if "betalingskrav" in q), 99)
    check(invoice < 6, f"the payment date among the first six (it was number {invoice + 1})")
    for phrase in CASEWORKER_ONLY:
        check(not any(phrase in q for q in distinct), f"not asked: {phrase}")
    check("Forrige svar er tatt tilbake." in text, "Tilbake with a capital T takes the answer back")
    result = text[text.rfind("Svar per") : text.rfind("Trykk Enter")]
    for want in [
        "Refusjon fra Helfo for behandling i EU/EØS",
        "Helfo avklarer dette:",
        "Refusjon:          inntil kr 110 000",
        "Du betaler selv:   minst kr 35 000",
        "Reiseutgifter:",
        "Frist for kravet:  20. september 2024 (158 dager igjen)",
        "Søk til:           Helfo",
        "Dokumenter du må sende:",
        "Original spesifisert faktura med pris per behandling",
    ]:
        check(want in result, f"the result screen shows {want!r}")
    for line in result.splitlines():
        check(not re.search(r"\d{4}-\d{2}-\d{2}", line), f"no ISO date: {line}")
        check(not re.search(r"\b[A-Z]+-\d{2}\b", line), f"no rule code: {line}")
        check(not re.search(r"\b[a-z]+_[a-z_]+\b", line), f"no snake_case: {line}")
        check(not re.search(r"(kr|NOK) \d{4}", line), f"digit groups: {line}")
        check("ukjent" not in line, f"no bare 'ukjent': {line}")
    check("kiosk:" not in text, "no developer text on the screen")
    # The next person: Enter clears the screen and starts from an empty case.
    before = len(t.out)
    t.type("")
    check(
        t.read_until(rb"\x1b\[2J[\s\S]*Sp\xc3\xb8rsm\xc3\xa5l 1\r?\n", since=before),
        "Enter clears the screen for the next person",
    )
    after = t.out[before:].decode("utf-8", "replace")
    check("Tyskland" not in after and "inntil" not in after, "nothing of the previous patient after the clear")
    code = t.close()
    check(code == 0, f"input ending between patients exits 0 (got {code})")
    return text


def idle():
    print("kiosk in a pty: an idle kiosk clears itself")
    t = Terminal("--lang", "nb", "--date", "2024-04-15", "--idle", "1")
    check(t.read_until(rb"> $"), "the first question")
    t.type("planlagt behandling")
    check(t.read_until("Spørsmål 2".encode()), "the second question")
    start = len(t.out)
    check(t.read_until(rb"Ingen har svart", 5), "the idle timeout says the screen was cleared")
    after = t.out[start:].decode("utf-8", "replace")
    check("\x1b[2J" in after, "the screen is cleared")
    check(t.read_until("Spørsmål 1".encode() + rb"[\s\S]*> $", 5), "and starts again from the first question")
    code = t.close()
    check(code == 0, f"exit 0 (got {code})")


transcript = conversation()
idle()
if TRANSCRIPT:
    with open(TRANSCRIPT, "w", encoding="utf-8") as f:
        f.write(transcript)
print("kiosk_pty: ok" if not failures else f"kiosk_pty: {len(failures)} checks failed")
sys.exit(1 if failures else 0)
