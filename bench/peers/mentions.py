"""The part the three merge peers share: read chipgraph edge mentions (JSON
Lines) and aggregate them in plain dicts, as a Python user would before
handing the result to a graph library.

read(path) -> (node_type, edges)
  node_type: {name: type}, in first-seen order
  edges:     {(subject, relation, object): [mentions, first_date, last_date]}
             ("" for a date when no mention had one)
"""
import json


def read(path):
    node_type = {}
    edges = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            m = json.loads(line)
            s, o, rel = m["subject"], m["object"], m["relation"]
            node_type.setdefault(s, m["subject_type"])
            node_type.setdefault(o, m["object_type"])
            date = m.get("date") or ""
            e = edges.get((s, rel, o))
            if e is None:
                edges[(s, rel, o)] = [1, date, date]
            else:
                e[0] += 1
                if date and (not e[1] or date < e[1]):
                    e[1] = date
                if date > e[2]:
                    e[2] = date
    return node_type, edges
