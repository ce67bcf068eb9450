"""How the bytes of a text import file become text: UTF-8 (with or without BOM) and UTF-16 are read;
a legacy code page is named and refused, unless every plausible reading of it gives the same text.

Vietnamese legacy encodings are always refused: the same bytes are valid Windows-1258, TCVN3 and VNI
text (``Phân`` in Windows-1258 reads ``Phõn`` in TCVN3), so a guess could store garbled names.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pan_desktop.core.errors import RowProblem

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Excel .xls (and Word .doc)
SAVE_AS_UTF8 = ("In Excel use File > Save As > 'CSV UTF-8 (Comma delimited)'; in LibreOffice choose Save As > "
                "Text CSV with the character set 'Unicode (UTF-8)'.")
CONVERT_FONT_TEXT = ("Convert the text to Unicode first (for example with Unikey's converter, Ctrl+Shift+F6: "
                     "source {encoding}, destination Unicode), then save as CSV UTF-8.")


class Unreadable(Exception):
    """The file cannot be read as a table; ``problems`` say why and where."""

    def __init__(self, problems: list[RowProblem]):
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # as a person knows it: "UTF-8", "UTF-16", "Windows-1252"
    converted: bool = False  # read from a legacy code page (losslessly)


def decode(data: bytes) -> Decoded:
    """The text of an import file, or :class:`Unreadable` naming what the bytes are and what to do."""
    if data.startswith(codecs.BOM_UTF8):
        _refuse_binary(data[3:])
        return Decoded(_strict(data[3:], "utf-8"), "UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _text(Decoded(_strict(data, "utf-16"), "UTF-16"))
    utf16 = _bomless_utf16(data)
    if utf16:
        return _text(Decoded(_strict(data, utf16), "UTF-16"))
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    return _legacy(data, line)


def _text(decoded: Decoded) -> Decoded:
    """Refuse UTF-16 that decodes to NUL characters: binary data, not text."""
    nul = decoded.text.find("\x00")
    if nul >= 0:
        raise Unreadable([_binary_problem(decoded.text[:nul].count("\n") + 1)])
    return decoded


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
        name = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
        raise Unreadable([RowProblem(line, "", f"this line is not valid {name} text: the file is damaged or was joined "
                                     "from files saved in different ways. " + SAVE_AS_UTF8,
                                     "import.encoding.damaged", {"encoding": name})]) from None


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when most odd (or even) bytes of the start are zero: UTF-16 text without a BOM,
    whose letters are mostly ASCII (headings, digits, separators) even in Vietnamese."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    pairs = len(sample) // 2
    odd = sample[1::2].count(0) / pairs
    even = sample[0::2].count(0) / pairs
    if odd > 0.5 and even < 0.05:
        return "utf-16-le"
    if even > 0.5 and odd < 0.05:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    if data.startswith(ZIP_MAGIC):
        raise Unreadable([RowProblem(1, "", "this is an Excel workbook (.xlsx) with another name; rename it to .xlsx "
                                     "and import it again.", "import.file.workbook_renamed")])
    if data.startswith(OLE_MAGIC):
        raise Unreadable([RowProblem(1, "", "this is an old Excel workbook (.xls). Open it in Excel or LibreOffice and "
                                     "save it as .xlsx or as CSV UTF-8.", "import.file.old_excel")])
    nul = data.find(b"\x00")
    if nul >= 0:
        raise Unreadable([_binary_problem(data[:nul].count(b"\n") + 1)])


def _binary_problem(line: int) -> RowProblem:
    return RowProblem(line, "", "the file is not text (it holds binary data). Import a .csv, .xlsx or .jsonl file.",
                      "import.file.binary")


# -- legacy code pages ---------------------------------------------------------------------------------

# TCVN3 (ABC): the bytes of the .Vn fonts (.VnTime...), lower case and the seven upper-case letters.
_TCVN3 = dict(zip(
    b"\xb5\xb8\xb6\xb7\xb9\xa8\xbb\xbe\xbc\xbd\xc6\xa9\xc7\xca\xc8\xc9\xcb\xae\xcc\xd0\xce\xcf\xd1\xaa\xd2\xd5\xd3\xd4"
    b"\xd6\xd7\xdd\xd8\xdc\xde\xdf\xe3\xe1\xe2\xe4\xab\xe5\xe8\xe6\xe7\xe9\xac\xea\xed\xeb\xec\xee\xef\xf3\xf1\xf2\xf4"
    b"\xad\xf5\xf8\xf6\xf7\xf9\xfa\xfd\xfb\xfc\xfe\xa1\xa2\xa7\xa3\xa4\xa5\xa6",
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
))
_TCVN3_TABLE = {i: _TCVN3.get(i, bytes([i]).decode("cp1252", "replace")) for i in range(256)}

# VNI (VNI-Times...): a base letter followed by a byte that adds its marks, read here through Windows-1252.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT, _CIRC, _BREVE, _HORN = "\u0300\u0301\u0309\u0303\u0323\u0302\u0306\u031b"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRC, "á": _CIRC + _ACUTE, "à": _CIRC + _GRAVE, "å": _CIRC + _HOOK, "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_MARKS.update({k.upper(): v for k, v in _VNI_MARKS.items()})
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
_VNI_LETTERS.update({k.upper(): v.upper() for k, v in _VNI_LETTERS.items()})
_VNI = re.compile("([aeiouyAEIOUYôöÔÖ])([" + "".join(_VNI_MARKS) + "])|([" + "".join(_VNI_LETTERS) + "])")

# What a Vietnamese syllable may look like once its tone mark is set aside.
_NUCLEI = sorted("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa "
                 "ưi ươ ưu yê iêu oai oay oeo uây uôi uya uyê uyu ươi ươu yêu".split(), key=len, reverse=True)
_SYLLABLE = re.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:" + "|".join(_NUCLEI)
                       + ")(?:ch|ng|nh|[cmnpt])?")
_TONES = {_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT}
_WORD = re.compile(r"[^\W\d_]+")
# Punctuation Windows-1252 adds that English or French text plausibly holds.
_WESTERN_MARKS = set("\u00a0’‘“”„–—…•€°«»·×±§©®™¢£¥¿¡")
_NAMES = {"windows-1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI", "windows-1252": "Windows-1252"}


def _vni(data: bytes) -> str:
    def compose(m: re.Match) -> str:
        if m.group(3):
            return _VNI_LETTERS[m.group(3)]
        base = _VNI_LETTERS.get(m.group(1), m.group(1))
        return base + _VNI_MARKS[m.group(2)]

    return _VNI.sub(compose, data.decode("cp1252", "replace"))


def _readings(data: bytes) -> dict[str, str]:
    readings = {"tcvn3": data.decode("latin-1").translate(_TCVN3_TABLE), "vni": _vni(data)}
    for name, codec in (("windows-1258", "cp1258"), ("windows-1252", "cp1252")):
        try:
            readings[name] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    return {name: unicodedata.normalize("NFC", text) for name, text in readings.items()}


def vietnamese_share(text: str) -> tuple[int, float]:
    """How many words carry a non-ASCII letter, and the share of them that are Vietnamese syllables."""
    words = [w for w in _WORD.findall(text.lower()) if not w.isascii()]
    if not words:
        return 0, 0.0
    good = 0
    for word in words:
        parts = unicodedata.normalize("NFD", word)
        if sum(c in _TONES for c in parts) > 1:
            continue
        bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        good += _SYLLABLE.fullmatch(bare) is not None
    return len(words), good / len(words)


def _western(text: str) -> bool:
    return all(c.isascii() or c.isalpha() or c in _WESTERN_MARKS for c in text)


def _legacy(data: bytes, line: int) -> Decoded:
    """A file that is not UTF-8: read it only when no reading can disagree, else say what it looks like."""
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd")
    if len(re.findall(r"[^\x00-\x7f\ufffd]", replaced)) >= bad:
        raise Unreadable([RowProblem(line, "", "the file is mostly UTF-8, but this line holds bytes that are not: it "
                                     "was probably joined from files saved in different ways. " + SAVE_AS_UTF8,
                                     "import.encoding.mixed")])
    readings = _readings(data)
    scores = {name: vietnamese_share(readings[name]) for name in ("windows-1258", "tcvn3", "vni") if name in readings}
    vietnamese = [name for name, (words, share) in scores.items() if words and share >= 0.8]
    western = readings.get("windows-1252")
    if not vietnamese and western is not None and _western(western) and western == readings.get("windows-1258"):
        return Decoded(western, "Windows-1252", converted=True)
    if vietnamese:
        found = max(vietnamese, key=lambda n: scores[n][1])
    elif western is not None and _western(western):
        found = "windows-1252"
    else:
        raise Unreadable([RowProblem(line, "", "the file is not UTF-8 text, and its encoding is not one PAN Desktop "
                                     "recognises. " + SAVE_AS_UTF8, "import.encoding.unknown")])
    name = _NAMES[found]
    if found in ("tcvn3", "vni"):
        message = (f"the file is not UTF-8: it looks like {name}, the encoding of the old Vietnamese fonts. "
                   + CONVERT_FONT_TEXT.format(encoding=name))
        raise Unreadable([RowProblem(line, "", message, "import.encoding.font", {"encoding": name})])
    message = f"the file is not UTF-8: it looks like the {name} code page, which could be read in more than one way. " + SAVE_AS_UTF8
    raise Unreadable([RowProblem(line, "", message, "import.encoding.code_page", {"encoding": name})])
