/**
 * The JSON Schema (draft 2020-12) of the config, generated from the same field specs the
 * runtime validator walks, so the two cannot drift apart. Descriptions come from
 * FIELD_DOCS (Japanese and English), kept apart so they never reach the browser chunks.
 */
import { configFields, type FieldSpec, type Fields } from './schema.js'
import { FIELD_DOCS, FIELD_TITLES } from './field-docs.js'
import { LANGUAGE_NAMES, LOCALE_TAGS } from '../../locales/index.js'

export type JsonSchema = Record<string, unknown>

export const SCHEMA_ID = 'urn:consentry:config'

// Markdown would swallow "<html lang>" as a tag and read "*" as emphasis.
const markdownText = (text: string) => text.replace(/[\\`*_<>[\]]/g, '\\$&')

function described(schema: JsonSchema, path: string): JsonSchema {
  const docs = FIELD_DOCS[path]
  const titles = FIELD_TITLES[path]
  if (!docs || !titles) return schema
  const [en, ja] = titles
  const defaultLine = 'default' in schema ? '\n\nDefault / 既定値: `' + JSON.stringify(schema.default) + '`' : ''
  return {
    ...schema,
    title: en + ' / ' + ja,
    description: docs.en + '\n\n' + docs.ja,
    // VS Code shows this on hover in place of description.
    markdownDescription: '**' + markdownText(en) + '** — ' + markdownText(docs.en) + '\n\n**' + markdownText(ja) + '** — ' + markdownText(docs.ja) + defaultLine,
  }
}

function specSchema(spec: FieldSpec, path: string): JsonSchema {
  switch (spec.kind) {
    case 'string': {
      if (spec.pattern?.flags) throw new Error(path + ': a pattern with flags cannot be written as JSON Schema')
      return {
        type: 'string',
        ...(spec.values && { enum: [...spec.values] }),
        ...(spec.pattern && { pattern: spec.pattern.source }),
      }
    }
    case 'text':
      return {
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: Object.fromEntries(
              LOCALE_TAGS.map((tag) => [tag, { type: 'string', description: 'Text in ' + tag + ' (' + LANGUAGE_NAMES[tag] + ').\n\n' + tag + '（' + LANGUAGE_NAMES[tag] + '）の文。' }]),
            ),
            additionalProperties: false,
            minProperties: 1,
          },
        ],
      }
    case 'boolean':
      return { type: 'boolean' }
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max }
    case 'list':
      return { type: 'array', items: specSchema(spec.of, path + '[]'), ...(spec.nonEmpty && { minItems: 1 }) }
    case 'object':
      return objectSchema(spec.fields, path)
    case 'either':
      return { anyOf: spec.of.map((option) => specSchema(option, path)) }
    case 'record':
      return { type: 'object', additionalProperties: specSchema(spec.of, path + '.*') }
  }
}

function objectSchema(fields: Fields, path: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const [key, [spec, isRequired, fallback]] of Object.entries(fields)) {
    const fieldPath = (path ? path + '.' : '') + key
    properties[key] = described({ ...specSchema(spec, fieldPath), ...(fallback !== undefined && { default: fallback }) }, fieldPath)
    if (isRequired) required.push(key)
  }
  // Unknown fields are warnings, not errors, for the validator: the schema allows them too.
  return { type: 'object', properties, ...(required.length && { required }) }
}

// APPI Art. 28, as the validator applies it: a vendor needs a country or the reason it cannot
// be named, and a country other than Japan needs the foreign system and the measures.
const ART_28 = [
  { if: { not: { required: ['countryUnknownReason'] } }, then: { required: ['country'] } },
  {
    if: {
      required: ['country'],
      properties: { country: { not: { const: 'JP' } } },
      not: { required: ['countryUnknownReason'] },
    },
    then: { required: ['foreignSystemInfoUrl', 'recipientMeasures'] },
  },
]

/** The whole schema, with `$schema` allowed in the config so editors find it. */
export function configJsonSchema(): JsonSchema {
  const root = objectSchema(configFields, '')
  const properties = root.properties as Record<string, JsonSchema>
  const vendorItems = (properties.vendors as { items: JsonSchema }).items
  vendorItems.allOf = ART_28
  return described(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCHEMA_ID,
      ...root,
      properties: { $schema: { type: 'string', description: 'The schema this file follows, for editors.' }, ...properties },
    },
    '',
  )
}
