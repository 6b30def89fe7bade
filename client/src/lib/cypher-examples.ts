/**
 * The worked queries of cypher/README.md, bundled at build time: each
 * "### N. Title" heading, its first paragraph, and its ```cypher block.
 */
import readme from '../../../cypher/README.md?raw';

export interface CypherExample {
  title: string;
  description: string;
  query: string;
}

export function parseCypherExamples(markdown: string): CypherExample[] {
  const examples: CypherExample[] = [];
  const sections = markdown.split(/^### /m).slice(1);
  for (const section of sections) {
    const block = /```cypher\n([\s\S]*?)```/.exec(section);
    if (!block) continue;
    const [heading, ...rest] = section.slice(0, block.index).split('\n');
    const title = heading.replace(/^\d+\.\s*/, '').trim();
    const description = rest.join(' ').replace(/\s+/g, ' ').replace(/`/g, '').trim();
    examples.push({ title, description, query: block[1].trim() });
  }
  return examples;
}

export const CYPHER_EXAMPLES: CypherExample[] = parseCypherExamples(readme);
