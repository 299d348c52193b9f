import type { Nodes, Root, RootContent } from 'mdast';

const LEFT_OUT = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const COMPONENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

function strip(children: readonly RootContent[]): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    if (LEFT_OUT.has(child.type)) return [];
    if (COMPONENTS.has(child.type)) return strip((child as Extract<Nodes, { type: 'mdxJsxFlowElement' }>).children as RootContent[]);
    if ('children' in child) return [{ ...child, children: strip(child.children as RootContent[]) } as RootContent];
    return [child];
  });
}

/**
 * An MDX tree as plain markdown the static build can render safely: `import`/`export` lines and
 * `{expressions}` are left out (they are code for a JavaScript build, which this is not), and each
 * JSX component is replaced by the markdown between its tags (`<Tabs><TabItem>text</TabItem></Tabs>`
 * keeps "text"; a self-closing `<Card title="x" />` leaves nothing). Pure: returns a new tree.
 */
export function stripMdx(tree: Root): Root {
  return { ...tree, children: strip(tree.children) };
}
