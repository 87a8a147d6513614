// Redocly plugin: `x-error-data` (operation) and `x-common-error-data` (root) map an error code to
// the schema of `data` for that code (spec/README.md). Typing them as schema maps makes `bundle`
// put the referenced files under components/schemas and keep `$ref`s, instead of inlining them.
export default function errorDataPlugin() {
  return {
    id: 'bilispec-error-data',
    typeExtension: {
      oas3(types) {
        return {
          ...types,
          ErrorDataMap: { properties: {}, additionalProperties: 'Schema' },
          Operation: {
            ...types.Operation,
            properties: { ...types.Operation.properties, 'x-error-data': 'ErrorDataMap' },
          },
          // DM_INTERACTION's data.data: the schema of the JSON in the string, by data.type
          Schema: {
            ...types.Schema,
            properties: { ...types.Schema.properties, 'x-decoded-by-type': 'ErrorDataMap' },
          },
          Root: {
            ...types.Root,
            properties: {
              ...types.Root.properties,
              'x-common-error-data': 'ErrorDataMap',
              // the message stream's payload schemas, typed by the generator (spec/README.md)
              'x-stream-schemas': 'ErrorDataMap',
            },
          },
        };
      },
    },
  };
}
