// Layout for SankeyChart: d3-sankey on a copy of the data. Zero (and negative) flows are
// dropped, and so are stages left with no flow; a cycle cannot be drawn and is reported.
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { FlowSeries } from '../../engine/series.ts';
import { round2, type Margin } from './chartGeometry.ts';

export interface SankeyLayoutNode {
  id: string;
  index: number;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Labels of the right half go to the left of the node, so they stay inside. */
  isLabelLeft: boolean;
}

export interface SankeyLayoutLink {
  source: string;
  target: string;
  value: number;
  path: string;
  /** Stroke width of the ribbon. */
  width: number;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: SankeyLayoutNode[];
  links: SankeyLayoutLink[];
  /** True when the flows loop back (d3-sankey cannot draw cycles): the table still shows them. */
  isCircular: boolean;
}

const SANKEY_MARGIN: Margin = { top: 12, right: 12, bottom: 12, left: 12 };
export const SANKEY_NODE_WIDTH = 14;

/** The flows worth drawing: positive values between known nodes. */
export function visibleFlows(data: FlowSeries): FlowSeries['links'] {
  const known = new Set(data.nodes.map((n) => n.id));
  return data.links.filter((l) => l.value > 0 && known.has(l.source) && known.has(l.target));
}

type NodeIn = { id: string; index0: number };
type LinkIn = { source: string; target: string; value: number };

export function layoutSankey(data: FlowSeries, width: number, height: number): SankeyLayout {
  const links = visibleFlows(data);
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodesIn: NodeIn[] = data.nodes.flatMap((n, index0) => (used.has(n.id) ? [{ id: n.id, index0 }] : []));
  const m = SANKEY_MARGIN;
  const generator = sankey<NodeIn, LinkIn>()
    .nodeId((n) => n.id)
    .nodeWidth(SANKEY_NODE_WIDTH)
    .nodePadding(14)
    .extent([[m.left, m.top], [width - m.right, height - m.bottom]]);
  let graph: SankeyGraph<NodeIn, LinkIn>;
  try {
    graph = generator({ nodes: nodesIn.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
  } catch {
    return { width, height, nodes: [], links: [], isCircular: true };
  }
  const path = sankeyLinkHorizontal<NodeIn, LinkIn>();
  return {
    width,
    height,
    isCircular: false,
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      index: n.index0,
      value: n.value ?? 0,
      x0: round2(n.x0 ?? 0),
      x1: round2(n.x1 ?? 0),
      y0: round2(n.y0 ?? 0),
      y1: round2(n.y1 ?? 0),
      isLabelLeft: (n.x0 ?? 0) > width / 2,
    })),
    links: graph.links.map((l, i) => ({
      source: (links[i] as LinkIn).source,
      target: (links[i] as LinkIn).target,
      value: l.value,
      path: path(l) ?? '',
      width: round2(Math.max(1, l.width ?? 1)),
    })),
  };
}
