#!/usr/bin/env python3
"""Reads a chipgraph CSV pair with Python's csv module and checks every field
against the GraphML (read with the standard library's XML parser) and the JSON
written from the same graph.

    csv_roundtrip.py NODES.csv EDGES.csv GRAPH.graphml GRAPH.json
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
SYMMETRIC = {"competes-with", "partners-with"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff"), "byte order mark"
    assert "\r\n" in raw, "RFC 4180 wants CRLF line ends"
    rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
    header, body = rows[0], rows[1:]
    assert len(set(h.lower() for h in header)) == len(header), "repeated column (Gephi refuses it)"
    for r in body:
        assert len(r) == len(header), r
    return [dict(zip(header, r)) for r in body], header


def read_graphml(path):
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    def data(el):
        return {keys[d.get("key")]: (d.text or "") for d in el.findall(NS + "data")}
    g = root.find(NS + "graph")
    nodes = {n.get("id"): data(n) for n in g.findall(NS + "node")}
    edges = [(e.get("id"), e.get("source"), e.get("target"), data(e)) for e in g.findall(NS + "edge")]
    return nodes, edges


def neo4j_label(t):
    return "".join(part[:1].upper() + part[1:] for part in t.replace("_", "-").split("-") if part)


def main():
    nodes_csv, edges_csv, graphml, json_path = sys.argv[1:5]
    nodes, node_header = read_csv(nodes_csv)
    edges, edge_header = read_csv(edges_csv)
    assert node_header[:2] == ["Id", "Label"] and ":ID" in node_header and ":LABEL" in node_header, node_header
    for name in ("Source", "Target", "Type", "Kind", "Weight", ":START_ID", ":END_ID", ":TYPE"):
        assert name in edge_header, name
    g_nodes, g_edges = read_graphml(graphml)
    with open(json_path, encoding="utf-8") as f:
        js = json.load(f)
    j_nodes = {n["key"]: n["attributes"] for n in js["nodes"]}
    j_edges = {e["key"]: e for e in js["edges"]}

    assert len(nodes) == len(g_nodes) == len(j_nodes), (len(nodes), len(g_nodes), len(j_nodes))
    for n in nodes:
        g, j = g_nodes[n["Id"]], j_nodes[n["Id"]]
        assert n[":ID"] == n["Id"]
        assert n["Label"] == g["label"] == j["label"], (n["Label"], g["label"])
        assert n["type"] == g["type"] == j["node_type"]
        assert n[":LABEL"] == neo4j_label(n["type"])
        assert n["discovered:boolean"] == g["discovered"] == ("true" if j["discovered"] else "false")
        assert int(n["mentions:long"]) == int(g["mentions"]) == j["mentions"]
        assert int(n["articles:long"]) == int(g["articles"]) == j["articles"]

    assert len(edges) == len(g_edges) == len(j_edges)
    for e, (gid, source, target, g) in zip(edges, g_edges):
        j = j_edges[e["Id"]]
        a = j["attributes"]
        assert e["Id"] == gid
        assert e["Source"] == e[":START_ID"] == source == j["source"]
        assert e["Target"] == e[":END_ID"] == target == j["target"]
        assert e["Kind"] == e["Label"] == e["relation"] == g["relation"] == a["relation"]
        assert e[":TYPE"] == e["relation"].upper().replace("-", "_")
        assert e["Type"] == ("Undirected" if e["relation"] in SYMMETRIC else "Directed")
        assert int(e["Weight"]) == int(e["mentions:long"]) == int(float(g["weight"])) == a["weight"]
        assert int(e["articles:long"]) == int(g["articles"]) == a["articles"]
        for k in ("first_seen", "last_seen", "value", "when"):
            assert e[k] == g.get(k, "") == a.get(k, ""), (k, e[k], g.get(k))
        assert e["status"] == g["status"] == a["status"]
        for s in ("asserted", "planned", "attempted", "negated"):
            assert int(e[s + ":long"]) == int(g[s]) == a[s]
        assert abs(float(e["confidence:double"]) - float(g["confidence"])) < 1e-9
        assert abs(float(e["confidence:double"]) - a["confidence"]) < 1e-9
        assert e["quantity:long"] == g.get("quantity", "") == str(a.get("quantity", ""))
        assert e["evidence"] == g["evidence"]
        assert json.loads(e["evidence"]) == a["evidence"]
    print("csv round trip: %d nodes, %d edges, every field equal" % (len(nodes), len(edges)))


if __name__ == "__main__":
    main()
