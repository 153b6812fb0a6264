#!/usr/bin/env python3
"""Make the hostile and odd PDF and DOCX fixtures of test/cli/test_cli.sh.

    python3 test/data/hostile/make_hostile.py [SEED_PDF [NAME...]]

Standard library only. Writes, next to this script:

  scanned.pdf         a page that is one image and no text (a scan)
  truncated.pdf       the first third of SEED_PDF (a PDF of a seed report,
                      test/data/pdf/seeds/003_5c245e0f5975cf67.pdf by default)
  pages_bomb.pdf      5,000 empty pages, the page objects packed into object
                      streams, so the file stays small
  nesting_bomb.pdf    a page whose resources nest 10,000 dictionaries deep,
                      beside the font of its line of text
  content_bomb.pdf    a page whose content stream inflates to 256 MiB of
                      drawing operators
  truncated.docx      the first half of test/data/docx/003.docx
  zip_bomb.docx       word/document.xml inflating to 4 GiB (bzip2), its
                      size declared honestly (zip64)
  zip_bomb_lying.docx the same kind of entry, 1.5 GiB, declaring 1,000 bytes
  entities.docx       word/document.xml with a DTD of nested entities (a
                      "billion laughs")
  deep.docx           word/document.xml nested 100,000 elements deep

encrypted.pdf is a small text PDF encrypted with qpdf (a user password):
  qpdf --encrypt secret owner 256 -- plain.pdf encrypted.pdf
made from the plain.pdf this script writes (and then removes).
"""

import bz2
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def pdf(objects, root=1):
    """A PDF of the objects (bytes, numbered from 1) with a correct xref."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def stream(data, extra=b"", compress=True):
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def one_page(resources, content):
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            + resources + b" /Contents 4 0 R >>",
            content]


def scanned():
    # a 400 x 200 grey "scan": stripes, as a scanner would give of lines of text
    w, h = 400, 200
    rows = bytearray()
    for y in range(h):
        for x in range(w):
            rows.append(40 if (y // 8) % 3 == 0 and (x // 5) % 4 != 0 else 235)
    image = stream(bytes(rows), b" /Type /XObject /Subtype /Image /Width %d /Height %d"
                   b" /ColorSpace /DeviceGray /BitsPerComponent 8" % (w, h))
    objs = one_page(b"<< /XObject << /Im1 5 0 R >> >>",
                    stream(b"q 500 0 0 250 50 500 cm /Im1 Do Q"))
    return pdf(objs + [image])


def plain():
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objs = one_page(b"<< /Font << /F1 5 0 R >> >>",
                    stream(b"BT /F1 12 Tf 72 760 Td (Annual report on government "
                           b"information disclosure) Tj ET"))
    return pdf(objs + [font])


def pages_bomb(n=5000):
    # object streams: the pages take a few bytes each once compressed
    kids = b" ".join(b"%d 0 R" % (i + 4) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
            stream(b"")]
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * n
    # every page in one object stream (object n + 4), then an xref stream
    header = b" ".join(b"%d %d" % (i + 4, 0) for i in range(n))
    offs, body = [], bytearray()
    for p in pages:
        offs.append(len(body))
        body += p + b" "
    header = b" ".join(b"%d %d" % (i + 4, o) for i, o in enumerate(offs)) + b" "
    objstm = stream(header + bytes(body),
                    b" /Type /ObjStm /N %d /First %d" % (n, len(header)))
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i, o in enumerate(objs, 1):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    stm_num = n + 4
    offsets[stm_num] = len(out)
    out += b"%d 0 obj\n" % stm_num + objstm + b"\nendobj\n"
    xref_num = stm_num + 1
    entries = bytearray()
    for num in range(xref_num + 1):
        if num == 0:
            entries += struct.pack(">BIH", 0, 0, 65535)
        elif num in offsets:
            entries += struct.pack(">BIH", 1, offsets[num], 0)
        elif num == xref_num:
            entries += struct.pack(">BIH", 1, len(out), 0)
        else:
            entries += struct.pack(">BIH", 2, stm_num, num - 4)
    xref_at = len(out)
    out += b"%d 0 obj\n" % xref_num + stream(
        bytes(entries), b" /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (xref_num + 1)) \
        + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def nesting_bomb(depth=10000):
    # poppler stops parsing at its own depth (500), silently; what is left of
    # the page object holds no content it can read
    deep = b"<< /A " * depth + b"1" + b" >>" * depth
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objs = one_page(b"<< /Font << /F1 5 0 R >> /Nest " + deep + b" >>",
                    stream(b"BT /F1 12 Tf 72 760 Td "
                           b"(Not a report, nested 10000 deep) Tj ET"))
    return pdf(objs + [font])


def content_bomb(size=1 << 28):
    # 256 MiB of "q Q " (save and restore the graphics state), deflated
    c = zlib.compressobj(9)
    chunk = b"q Q " * (1 << 22)
    data = bytearray()
    for _ in range(size // len(chunk)):
        data += c.compress(chunk)
    data += c.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) \
        + bytes(data) + b"\nendstream"
    return pdf(one_page(b"<< >>", content))


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 b'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
                 b'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 b'ContentType="application/vnd.openxmlformats-officedocument.'
                 b'wordprocessingml.document.main+xml"/></Types>')


def zip_file(entries):
    """A zip of (name, method, compressed, crc, size_declared, size_real)."""
    out, central = bytearray(), bytearray()
    for name, method, data, crc, declared in entries:
        offset = len(out)
        zip64 = declared >= 0xFFFFFFFF
        extra = struct.pack("<HHQQ", 1, 16, declared, len(data)) if zip64 else b""
        size32 = 0xFFFFFFFF if zip64 else declared
        comp32 = 0xFFFFFFFF if zip64 else len(data)
        version = 46 if method == 12 else 45 if zip64 else 20
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, version, 0, method, 0, 0x21,
                           crc, comp32, size32, len(name), len(extra)) + name + extra + data
        cextra = struct.pack("<HHQQQ", 1, 24, declared, len(data), offset) if zip64 else b""
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, 0,
                               method, 0, 0x21, crc, comp32, size32, len(name),
                               len(cextra), 0, 0, 0, 0,
                               0xFFFFFFFF if zip64 else offset) + name + cextra
    cd_at = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), cd_at, 0)
    return bytes(out)


def stored(name, data):
    return (name, 0, data, zlib.crc32(data), len(data))


def deflated(name, data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return (name, 8, c.compress(data) + c.flush(), zlib.crc32(data), len(data))


def docx(document_xml):
    return zip_file([stored(b"[Content_Types].xml", CONTENT_TYPES),
                     deflated(b"word/document.xml", document_xml)])


def bzip2_bomb(size, declared=None):
    head = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W + \
        b'><w:body><w:p><w:r><w:t>'
    c, crc, n = bz2.BZ2Compressor(9), 0, 0
    data = bytearray(c.compress(head))
    crc = zlib.crc32(head)
    chunk = b"A" * (64 << 20)
    while n < size:
        data += c.compress(chunk)
        crc = zlib.crc32(chunk, crc)
        n += len(chunk)
    data += c.flush()
    real = len(head) + n
    return zip_file([stored(b"[Content_Types].xml", CONTENT_TYPES),
                     (b"word/document.xml", 12, bytes(data), crc,
                      real if declared is None else declared)])


def entities():
    laughs = [b'<!ENTITY a0 "ha">'] + [
        b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10)]
    return docx(b'<?xml version="1.0"?><!DOCTYPE w:document [' + b"".join(laughs)
                + b']><w:document ' + W + b'><w:body><w:p><w:r><w:t>&a9;</w:t></w:r>'
                b'</w:p></w:body></w:document>')


def deep(depth=100000):
    return docx(b'<?xml version="1.0"?><w:document ' + W + b'><w:body>'
                + b"<w:sdt><w:sdtContent>" * depth
                + b"</w:sdtContent></w:sdt>" * depth + b"</w:body></w:document>")


def main(argv):
    seed_pdf = argv[1] if len(argv) > 1 else os.path.join(
        ROOT, "test", "data", "pdf", "seeds", "003_5c245e0f5975cf67.pdf")
    with open(seed_pdf, "rb") as f:
        seed = f.read()
    with open(os.path.join(ROOT, "test", "data", "docx", "003.docx"), "rb") as f:
        seed_docx = f.read()
    only = set(argv[2:])
    made = {
        "scanned.pdf": lambda: scanned(),
        "truncated.pdf": lambda: seed[:len(seed) // 3],
        "plain.pdf": lambda: plain(),
        "pages_bomb.pdf": lambda: pages_bomb(),
        "nesting_bomb.pdf": lambda: nesting_bomb(),
        "content_bomb.pdf": lambda: content_bomb(),
        "truncated.docx": lambda: seed_docx[:len(seed_docx) // 2],
        "entities.docx": lambda: entities(),
        "deep.docx": lambda: deep(),
        "zip_bomb.docx": lambda: bzip2_bomb(4 << 30),
        "zip_bomb_lying.docx": lambda: bzip2_bomb(3 << 29, declared=1000),
    }
    for name, make in made.items():
        if only and name not in only:
            continue
        data = make()
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print("%-20s %9d bytes" % (name, len(data)))


if __name__ == "__main__":
    main(sys.argv)
