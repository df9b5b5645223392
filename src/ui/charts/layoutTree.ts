// Layout for TreeChart: a horizontal d3-hierarchy tree (root on the left, levels to the
// right), plus the flat node list with level and parent that the data table shows.
import { hierarchy, tree } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';
import type { TreeNode } from '../../engine/series.ts';
import { round2, type Margin } from './chartGeometry.ts';

export interface TreeLayoutNode {
  /** Unique within the layout (ids may repeat in different branches). */
  key: string;
  node: TreeNode;
  /** 0 for the root. */
  depth: number;
  parent: TreeNode | null;
  x: number;
  y: number;
  isLeaf: boolean;
}

export interface TreeLayoutLink {
  key: string;
  path: string;
}

export interface TreeLayout {
  width: number;
  height: number;
  margin: Margin;
  nodes: TreeLayoutNode[];
  links: TreeLayoutLink[];
}

export const TREE_ROW_HEIGHT = 36;
// Inner nodes carry their label above them, hence the deeper top margin.
const TREE_MARGIN: Margin = { top: 24, right: 16, bottom: 16, left: 16 };

/** A height that gives each leaf a row: the default when the caller gives none. */
export function treeHeight(root: TreeNode): number {
  const leaves = hierarchy(root, (n) => n.children).leaves().length;
  return Math.max(160, leaves * TREE_ROW_HEIGHT + TREE_MARGIN.top + TREE_MARGIN.bottom);
}

/** Nodes in depth-first order (root, then each branch), which reads well in a table. */
export function layoutTree(
  root: TreeNode,
  width: number,
  height: number,
  options: { maxLabelWidth?: number } = {},
): TreeLayout {
  // Labels sit right of their node, so the last level needs room for its label.
  const labelRoom = Math.min(Math.round(width * 0.4), (options.maxLabelWidth ?? 0) + 12);
  const margin = { ...TREE_MARGIN, right: TREE_MARGIN.right + labelRoom };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const laidOut = tree<TreeNode>().size([innerHeight, innerWidth])(hierarchy(root, (n) => n.children));

  const keyOf = new Map<unknown, string>();
  const nodes: TreeLayoutNode[] = [];
  laidOut.eachBefore((d) => {
    const key = d.parent ? `${keyOf.get(d.parent)}/${d.parent.children?.indexOf(d) ?? 0}` : '0';
    keyOf.set(d, key);
    nodes.push({
      key,
      node: d.data,
      depth: d.depth,
      parent: d.parent?.data ?? null,
      // d3's tree is vertical: its x runs across siblings, so swap to grow rightwards.
      x: round2(margin.left + d.y),
      y: round2(margin.top + d.x),
      isLeaf: !d.children?.length,
    });
  });
  const link = linkHorizontal().digits(2);
  const links = laidOut.links().map((l) => ({
    key: keyOf.get(l.target) ?? '',
    path: link({ source: [margin.left + l.source.y, margin.top + l.source.x], target: [margin.left + l.target.y, margin.top + l.target.x] }) ?? '',
  }));
  return { width, height, margin, nodes, links };
}
