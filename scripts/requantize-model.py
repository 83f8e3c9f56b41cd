#!/usr/bin/env python3
"""Coarsens the entity model's 8-bit weights after training: every weight
(and transition) is divided by STEP and rounded (half away from zero), the
scale multiplied by STEP, and weights of at most PRUNE steps dropped, with
the rows left empty.

usage: requantize-model.py IN.bin OUT.bin STEP PRUNE   (the shipped model: 1.5 1)

Why: the model is most of what the app fetches beside its code. Measured on
2026-12-04 (scripts/eval-entities.sh with LECTOR_DATA; model gzip 219 KiB,
CoNLL valid 92.43, eval/fresh 90.60, probe dev 90.14 / held 87.41 before):
STEP 1.5 PRUNE 1 (shipped): 175 KiB, CoNLL 92.49, fresh 90.29, probe 89.79 /
87.57. STEP 2 PRUNE 1: 166 KiB, 92.51, 90.57, 90.81 / 87.57, but the
sentence-initial "Pentagon officials said" lost its ORG (a lector-search test).
STEP 1 PRUNE 2: 184 KiB, 92.40, fresh 90.16. STEP 3 PRUNE 1: 87 KiB, CoNLL
92.03, fresh 90.10. STEP 2.5 PRUNE 1: 115 KiB, probe dev 88.69. Reads and writes format 3 (src/ner/model.rs)."""
import gzip
import struct
import sys

COUNT = 17


def varint(buf, pos):
    value = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def write_varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def coarsen(x, step):
    y = abs(x) / step
    r = int(y + 0.5)
    return r if x >= 0 else -r


def main(src, dst, step, prune):
    m = open(src, "rb").read()
    if m[:4] != b"LNER" or struct.unpack_from("<I", m, 4)[0] != 3:
        sys.exit("requantize-model: not an entity model of format 3")
    scale_at = 4 + 4 + 4 + 8
    head = scale_at + 4 + 1 + 1 + 2
    scale = struct.unpack_from("<f", m, scale_at)[0]
    n = COUNT * COUNT + COUNT
    fixed = struct.unpack_from(f"<{n}i", m, head)
    pos = head + 4 * n
    live = struct.unpack_from("<I", m, pos)[0]
    pos += 4
    rows, index = [], 0
    for _ in range(live):
        delta, pos = varint(m, pos)
        index += delta
        rows.append(index)
    masks = []
    for _ in range(live):
        mask, pos = varint(m, pos)
        masks.append(mask)
    kept = []
    for row, mask in zip(rows, masks):
        weights = [0] * COUNT
        for t in range(COUNT):
            if mask >> t & 1:
                weights[t] = coarsen(struct.unpack_from("<b", m, pos)[0], step)
                pos += 1
        weights = [w if abs(w) > prune else 0 for w in weights]
        if any(weights):
            kept.append((row, weights))
    if pos != len(m):
        sys.exit("requantize-model: trailing bytes")
    out = bytearray(m[:scale_at]) + struct.pack("<f", scale * step) + m[scale_at + 4:head]
    out += struct.pack(f"<{n}i", *(coarsen(x, step) for x in fixed))
    out += struct.pack("<I", len(kept))
    previous = 0
    for row, _ in kept:
        out += write_varint(row - previous)
        previous = row
    for _, weights in kept:
        out += write_varint(sum(1 << t for t, w in enumerate(weights) if w))
    for _, weights in kept:
        out += bytes(w & 0xFF for w in weights if w)
    open(dst, "wb").write(out)
    print(f"rows {live} -> {len(kept)}; gzip {len(gzip.compress(m, 9))} -> {len(gzip.compress(bytes(out), 9))} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]))
