/** For clients without hierarchical symbol support: the Outline tree as a flat list. */
import { type DocumentSymbol, SymbolInformation } from 'vscode-languageserver/node';

export function flattenSymbols(symbols: DocumentSymbol[], uri: string): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, containerName: string | undefined): void => {
    flat.push(SymbolInformation.create(symbol.name, symbol.kind, symbol.range, uri, containerName));
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of symbols) visit(symbol, undefined);
  return flat;
}
