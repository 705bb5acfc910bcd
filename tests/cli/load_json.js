// Loads a chipgraph .json with graphology (Graph.from and import into a
// MultiDirectedGraph) and checks the d3 and cytoscape.js views of the same file.
//   NODE_PATH=.../node_modules node load_json.js GRAPH.json
// Prints "nodes=N edges=M"; exits 1 on any problem.
const fs = require('fs');
const {Graph, MultiDirectedGraph} = require('graphology');

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const graph = Graph.from(data);
if (graph.type !== 'directed' || !graph.multi) fail(`graph type ${graph.type}, multi ${graph.multi}`);
const again = new MultiDirectedGraph();
again.import(data);
if (again.order !== graph.order || again.size !== graph.size) fail('import and from disagree');
if (graph.order !== data.attributes.nodes || graph.size !== data.attributes.edges) fail('counts differ from attributes');

graph.forEachNode((key, a) => {
  for (const k of ['label', 'node_type', 'color'])
    if (typeof a[k] !== 'string') fail(`node ${key}: ${k} is not a string`);
  for (const k of ['mentions', 'articles', 'x', 'y', 'size'])
    if (typeof a[k] !== 'number' || !Number.isFinite(a[k])) fail(`node ${key}: ${k} is not a number`);
  if (typeof a.discovered !== 'boolean') fail(`node ${key}: discovered is not a boolean`);
  if ('type' in a) fail(`node ${key}: has a "type" attribute, which sigma.js takes for a renderer`);
});
let evidence = 0;
graph.forEachEdge((key, a, source, target) => {
  if (a.relation !== a.label) fail(`edge ${key}: label differs from relation`);
  if (!Array.isArray(a.evidence) || a.evidence.length !== a.weight) fail(`edge ${key}: evidence is not weight records`);
  if (a.asserted + a.planned + a.attempted + a.negated !== a.weight) fail(`edge ${key}: status counts`);
  if ('quantity' in a && !Number.isInteger(a.quantity)) fail(`edge ${key}: quantity is not an integer`);
  evidence += a.evidence.length;
});

// d3: nodes and edges as they are, links by key.
const byKey = new Map(data.nodes.map(n => [n.key, n]));
for (const e of data.edges)
  if (!byKey.has(e.source) || !byKey.has(e.target)) fail(`d3 link ${e.key} has a dangling end`);

// cytoscape.js: elements.nodes[].data.id, elements.edges[].data.{id,source,target}, same attributes.
const cy = data.elements;
if (cy.nodes.length !== graph.order || cy.edges.length !== graph.size) fail('cytoscape element counts');
for (const n of cy.nodes) {
  const a = graph.getNodeAttributes(n.data.id);
  if (a.label !== n.data.label || a.x !== n.position.x || a.y !== -n.position.y) fail(`cytoscape node ${n.data.id}`);
}
for (const e of cy.edges) {
  const a = graph.getEdgeAttributes(e.data.id);
  if (graph.source(e.data.id) !== e.data.source || graph.target(e.data.id) !== e.data.target) fail(`cytoscape edge ${e.data.id}`);
  if (JSON.stringify(a.evidence) !== JSON.stringify(e.data.evidence)) fail(`cytoscape edge ${e.data.id} evidence`);
}
console.log(`nodes=${graph.order} edges=${graph.size} evidence=${evidence}`);
