#!/usr/bin/env python3
"""make_inputs.py — build the benchmark inputs of test/bench/bench.sh.

    make_inputs.py OUTDIR SIZE_MB SOURCE...

Every SOURCE is one sample report (UTF-8).  Each is converted once, with
the system's own tools, into the variants the benchmark reads:

    simp.txt   simplified UTF-8 (opencc t2s.json, so every sample counts
               as simplified text)
    trad.txt   traditional UTF-8 (opencc s2t.json of simp)
    gbk.txt    simp in GBK (iconv -c: characters GBK lacks are dropped)
    big5.txt   trad in BIG5 (iconv -c)

and the converted reports are repeated round-robin until a variant holds
SIZE_MB * 10^6 bytes: OUTDIR/<variant>-<SIZE_MB>MB.bin with
OUTDIR/<variant>-<SIZE_MB>MB.idx listing each document's byte length, one per
line (a document is one repeated sample report), and OUTDIR/<variant>.txt
with one round of the samples (the slow peers' subsample).  Outputs already
built from the same sources are kept (OUTDIR/<name>.src records them).

    make_inputs.py --single OUTDIR SIZE_MB SOURCE...

writes OUTDIR/single-<SIZE_MB>MB.bin/.idx instead: one document of SIZE_MB,
the simplified samples repeated (for the linearity figures).

    make_inputs.py --small OUTDIR COUNT TEMPLATE

writes COUNT small documents OUTDIR/small/doc-NNNNN.txt from TEMPLATE with
every {N} replaced by the document's number, so all of them differ.
"""
import os
import subprocess
import sys

MB = 1000 * 1000


def run(cmd, data):
    """Pipe data through cmd and return its output; fail loudly."""
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if p.returncode != 0 and not (cmd[0] == 'iconv' and p.stdout):
        sys.exit('make_inputs: %s failed: %s' % (' '.join(cmd),
                                                 p.stderr.decode(errors='replace')))
    return p.stdout


def variants(sources):
    """The sample reports in every variant, as lists of bytes."""
    out = {'simp': [], 'trad': [], 'gbk': [], 'big5': []}
    for path in sources:
        with open(path, 'rb') as f:
            text = f.read()
        if not text.endswith(b'\n'):
            text += b'\n'
        simp = run(['opencc', '-c', 't2s.json'], text)
        trad = run(['opencc', '-c', 's2t.json'], simp)
        out['simp'].append(simp)
        out['trad'].append(trad)
        # -c drops what the target lacks (iconv then exits 1 with output)
        out['gbk'].append(run(['iconv', '-c', '-f', 'UTF-8', '-t', 'GBK'], simp))
        out['big5'].append(run(['iconv', '-c', '-f', 'UTF-8', '-t', 'BIG5'], trad))
    return out


def write_repeated(path, docs, target):
    """Repeat docs round-robin into path until target bytes; write the index."""
    written = 0
    lengths = []
    with open(path + '.bin', 'wb') as f:
        while written < target:
            for d in docs:
                f.write(d)
                lengths.append(len(d))
                written += len(d)
                if written >= target:
                    break
    with open(path + '.idx', 'w') as f:
        f.write('\n'.join(str(n) for n in lengths) + '\n')


def up_to_date(outdir, stamp, names):
    """True when every output was built, completely, from these sources."""
    for n in names:
        try:
            with open(os.path.join(outdir, n + '.src')) as f:
                if f.read() != stamp:
                    return False
        except OSError:
            return False
    return True


def record(outdir, stamp, names):
    """Mark outputs complete (written last, so an interrupted build redoes)."""
    for n in names:
        with open(os.path.join(outdir, n + '.src'), 'w') as f:
            f.write(stamp)


def main(argv):
    mode = 'repeat'
    if argv and argv[0] in ('--single', '--small'):
        mode = argv.pop(0)[2:]
    if len(argv) < 3:
        sys.exit(__doc__)
    outdir = argv[0]
    os.makedirs(outdir, exist_ok=True)

    if mode == 'small':
        count = int(argv[1])
        with open(argv[2], encoding='utf-8') as f:
            template = f.read()
        small = os.path.join(outdir, 'small')
        os.makedirs(small, exist_ok=True)
        for n in range(1, count + 1):
            with open(os.path.join(small, 'doc-%05d.txt' % n), 'w',
                      encoding='utf-8') as f:
                f.write(template.replace('{N}', str(n)))
        # an earlier run with a larger COUNT left more: the ingest figures
        # load the whole directory, so keep exactly COUNT documents
        wanted = set('doc-%05d.txt' % n for n in range(1, count + 1))
        for name in os.listdir(small):
            if name.startswith('doc-') and name not in wanted:
                os.remove(os.path.join(small, name))
        return

    size_mb = int(argv[1])
    sources = argv[2:]
    stamp = '\n'.join('%s %d' % (s, os.path.getsize(s)) for s in sources) + '\n'
    names = (['single-%dMB' % size_mb] if mode == 'single' else
             ['%s-%dMB' % (v, size_mb) for v in ('simp', 'trad', 'gbk', 'big5')])
    if up_to_date(outdir, stamp, names):
        return
    docs = variants(sources)
    if mode == 'single':
        path = os.path.join(outdir, names[0])
        write_repeated(path, docs['simp'], size_mb * MB)
        with open(path + '.idx', 'w') as f:
            f.write('%d\n' % os.path.getsize(path + '.bin'))
    else:
        for v in ('simp', 'trad', 'gbk', 'big5'):
            write_repeated(os.path.join(outdir, '%s-%dMB' % (v, size_mb)),
                           docs[v], size_mb * MB)
            # the first round alone, for the slow peers' subsample
            with open(os.path.join(outdir, v + '.txt'), 'wb') as f:
                f.write(b''.join(docs[v]))
    record(outdir, stamp, names)


if __name__ == '__main__':
    main(sys.argv[1:])
