/**
 * The add-in manifest, checked offline: Office rejects a manifest whose elements are out of
 * schema order or whose resids dangle, and does so only at sideload time, so we catch it here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);

/** Just enough XML for a manifest: elements, attributes, text, comments, the declaration. */
function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(source))) {
    if (m.index !== consumed) throw new Error(`XML: cannot read at offset ${consumed}`);
    consumed = token.lastIndex;
    const [, closing, opening, attrText, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (closing) {
      if (top.name !== closing) throw new Error(`XML: </${closing}> closes <${top.name}>`);
      stack.pop();
    } else if (opening) {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]] = decode(a[2] ?? a[3]);
      }
      const element: XmlElement = { name: opening, attrs, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      top.text += decode(text).trim();
    }
  }
  if (consumed !== source.length || stack.length !== 1) throw new Error('XML: unbalanced document');
  return root;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const ROOT = join(__dirname, '..');
const document = parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
const app = child(document, 'OfficeApp');
const overrides = child(app, 'VersionOverrides');
const resources = child(overrides, 'Resources');
const host = path(overrides, 'Hosts', 'Host');

/** Resource id -> DefaultValue, over images, URLs and strings. */
const resourceValues = new Map<string, string>();
for (const e of walk(resources)) if (e.attrs.id) resourceValues.set(e.attrs.id, e.attrs.DefaultValue);

const PORT = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).config.dev_server_port;
const ORIGIN = `https://localhost:${PORT}`;

describe('manifest.xml', () => {
  it('is an Excel task pane add-in with a shared runtime', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(path(app, 'Hosts', 'Host').attrs.Name).toBe('Workbook');
    // The minimum the code needs, audited in docs/office-requirements.md and test/excel/requirementSets.test.ts.
    const sets = path(app, 'Requirements', 'Sets').children.map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual([['ExcelApi', '1.9'], ['SharedRuntime', '1.1'], ['CustomFunctionsRuntime', '1.3']]);
    expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const runtime = path(host, 'Runtimes', 'Runtime');
    expect(runtime.attrs).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
  });

  it('lists the elements of OfficeApp in the schema order', () => {
    // The sequence of the TaskPaneApp type (OfficeAppManifest v1.1 XSD).
    const schemaOrder = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
      'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
      'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides', 'ExtendedOverrides',
    ];
    const names = app.children.map((c) => c.name);
    for (const name of names) expect(schemaOrder).toContain(name);
    const positions = names.map((n) => schemaOrder.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions']) {
      expect(names).toContain(required);
    }
    expect(overrides.children.map((c) => c.name)).toEqual(['Hosts', 'Resources']);
    expect(host.children.map((c) => c.name)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  });

  it('resolves every resid to a resource, and uses every resource', () => {
    const used = new Set<string>();
    for (const e of walk(overrides)) {
      if (e.attrs.resid === undefined) continue;
      expect({ resid: e.attrs.resid, resolves: resourceValues.has(e.attrs.resid) }).toEqual({ resid: e.attrs.resid, resolves: true });
      used.add(e.attrs.resid);
    }
    expect([...resourceValues.keys()].filter((id) => !used.has(id))).toEqual([]);
    const ids = [...walk(resources)].filter((e) => e.attrs.id).map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps strings within the schema limits', () => {
    for (const s of child(resources, 'bt:ShortStrings').children) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of child(resources, 'bt:LongStrings').children) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('serves every URL from one https origin, the dev server', () => {
    const urls = [...walk(app)].map((e) => e.attrs.DefaultValue).filter((v) => v && /^\w+:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
  });

  it('points the custom functions at the built files, namespace PM, in the shared runtime page', () => {
    const point = path(host, 'AllFormFactors', 'ExtensionPoint');
    expect(point.attrs['xsi:type']).toBe('CustomFunctions');
    const url = (...names: string[]) => resourceValues.get(path(point, ...names).attrs.resid);
    expect(url('Script', 'SourceLocation')).toBe(`${ORIGIN}/functions.js`);
    expect(url('Metadata', 'SourceLocation')).toBe(`${ORIGIN}/functions.json`);
    expect(path(point, 'Page', 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
    expect(resourceValues.get(child(point, 'Namespace').attrs.resid)).toBe('PM');
    expect(resourceValues.get('Taskpane.Url')).toBe(`${ORIGIN}/taskpane.html`);
    expect(path(app, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('has a Home tab button that opens the task pane', () => {
    const surface = path(host, 'DesktopFormFactor', 'ExtensionPoint');
    expect(surface.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = child(surface, 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const action = path(tab, 'Group', 'Control', 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
  });

  it('has every icon and page it names in assets/, icons at their stated pixel sizes', () => {
    const assetUrls = [...resourceValues.values(), ...[...walk(app)].map((e) => e.attrs.DefaultValue)]
      .filter((v) => v?.startsWith(`${ORIGIN}/assets/`));
    for (const url of new Set(assetUrls)) {
      const file = join(ROOT, new URL(url).pathname);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    }
    const iconFile = (url: string) => join(ROOT, new URL(url).pathname);
    for (const image of child(resources, 'bt:Images').children) {
      const size = Number(/^Icon\.(\d+)x\1$/.exec(image.attrs.id)?.[1]);
      expect(pngSize(iconFile(image.attrs.DefaultValue))).toEqual({ width: size, height: size });
    }
    for (const use of walk(host)) {
      if (use.name === 'bt:Image') expect(use.attrs.resid).toBe(`Icon.${use.attrs.size}x${use.attrs.size}`);
    }
    expect(pngSize(iconFile(child(app, 'IconUrl').attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(iconFile(child(app, 'HighResolutionIconUrl').attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  });
});
