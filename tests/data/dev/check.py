#!/usr/bin/env python3
"""Checks the development set: gold lines parse and carry every field, relations,
types and statuses are in the pack's vocabulary, subject/object types are allowed
for the relation, symmetric relations are stored once (smaller name first), each
doc exists, each evidence string occurs verbatim in its doc, no fact is repeated,
and every article has 150-400 words (title and body, header lines excluded).

Run from anywhere: python3 tests/data/dev/check.py [FOLDER...] (default: tune heldout)"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
VOC = json.load(open(os.path.join(ROOT, 'packs', 'ai-hardware', 'vocabulary.json')))
TYPES = {t['name'] for t in VOC['types']}
RELS = {r['name']: r for r in VOC['relations']}
STATUSES = set(VOC['statuses'])
FIELDS = ['doc', 'subject', 'subject_type', 'relation', 'object', 'object_type', 'status',
          'subject_aliases', 'object_aliases', 'evidence']
HEADER = re.compile(r'^(date|source|url): ')

def words(text):
    body = [l for l in text.split('\n') if not HEADER.match(l)]
    return len(' '.join(body).split())

def check(half):
    errors, folder = [], os.path.join(HERE, half)
    docs = sorted(f for f in os.listdir(folder) if f.endswith('.txt'))
    texts = {d: open(os.path.join(folder, d), encoding='utf-8').read() for d in docs}
    counts = {}
    for d, t in texts.items():
        lines = t.split('\n')
        if not (lines[0].startswith('date: ') and lines[1].startswith('source: ') and lines[2].startswith('url: https://example.org/')):
            errors.append(f'{half}/{d}: header lines')
        if not re.fullmatch(r'date: \d{4}-\d{2}-\d{2}', lines[0]) or not '2022' <= lines[0][6:10] <= '2026':
            errors.append(f'{half}/{d}: date')
        n = words(t); counts[d] = n
        if not 150 <= n <= 400:
            errors.append(f'{half}/{d}: {n} words')
    seen, rels, used = set(), Counter(), set()
    for i, line in enumerate(open(os.path.join(folder, 'gold.jsonl'), encoding='utf-8'), 1):
        where = f'{half}/gold.jsonl:{i}'
        try:
            g = json.loads(line)
        except ValueError as e:
            errors.append(f'{where}: {e}'); continue
        if sorted(g) != sorted(FIELDS):
            errors.append(f'{where}: fields {sorted(g)}'); continue
        r = RELS.get(g['relation'])
        if r is None:
            errors.append(f'{where}: relation {g["relation"]}'); continue
        for end in ('subject', 'object'):
            if g[end + '_type'] not in TYPES:
                errors.append(f'{where}: {end}_type {g[end + "_type"]}')
            elif g[end + '_type'] not in r[end]:
                errors.append(f'{where}: {end}_type {g[end + "_type"]} not allowed for {r["name"]}')
            if not isinstance(g[end + '_aliases'], list):
                errors.append(f'{where}: {end}_aliases not a list')
        if g['status'] not in STATUSES:
            errors.append(f'{where}: status {g["status"]}')
        if r.get('symmetric') and g['object'].casefold() < g['subject'].casefold():
            errors.append(f'{where}: symmetric relation not ordered')
        if g['doc'] not in texts:
            errors.append(f'{where}: no doc {g["doc"]}'); continue
        if not g['evidence'] or g['evidence'] not in texts[g['doc']]:
            errors.append(f'{where}: evidence not in {g["doc"]}')
        key = (g['doc'], g['subject'], g['relation'], g['object'], g['status'])
        if key in seen:
            errors.append(f'{where}: repeated fact {key}')
        seen.add(key); rels[g['relation']] += 1; used.add(g['doc'])
    for d in docs:
        if d not in used:
            errors.append(f'{half}/{d}: no gold lines')
    return errors, rels, counts

def main():
    ok = True
    for half in sys.argv[1:] or ('tune', 'heldout'):
        errors, rels, counts = check(half)
        ok &= not errors
        for e in errors:
            print(e)
        print(f'{half}: {len(counts)} articles, {min(counts.values())}-{max(counts.values())} words, '
              f'{sum(rels.values())} gold lines')
        print('  ' + ', '.join(f'{k} {rels.get(k, 0)}' for k in RELS))
    sys.exit(0 if ok else 1)

if __name__ == '__main__':
    main()
