#!/usr/bin/python3
"""Merge chipgraph edge mentions (JSON Lines) into a weighted GraphML graph with graph-tool.

    graphtool_merge.py EDGES.jsonl OUT.graphml

One edge per (subject, relation, object): weight = number of mentions,
first_seen / last_seen = earliest and latest mention date. Vertices keep their
name and type, edges their relation. Written as a graph-tool user would:
aggregate in a dict (mentions.py), then Graph.add_edge_list(..., hashed=True, eprops=...)
with internal property maps, and Graph.save(..., fmt="graphml").
"""
import sys

import graph_tool.all as gt

import mentions


def main(src, dst):
    node_type, edges = mentions.read(src)

    g = gt.Graph(directed=True)
    relation = g.new_edge_property("string")
    weight = g.new_edge_property("double")
    first = g.new_edge_property("string")
    last = g.new_edge_property("string")
    rows = ((s, o, rel, float(c), f, l) for (s, rel, o), (c, f, l) in edges.items())
    name = g.add_edge_list(rows, hashed=True, hash_type="string",
                           eprops=[relation, weight, first, last])
    vtype = g.new_vertex_property("string")
    for v in g.vertices():
        vtype[v] = node_type[name[v]]
    g.vertex_properties["name"] = name
    g.vertex_properties["type"] = vtype
    g.edge_properties["relation"] = relation
    g.edge_properties["weight"] = weight
    g.edge_properties["first_seen"] = first
    g.edge_properties["last_seen"] = last
    g.save(dst, fmt="graphml")
    print(f"graph-tool: {g.num_vertices()} nodes, {g.num_edges()} edges", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
