// Starts GraphiQL against this API: queries and mutations over HTTP, subscriptions over graphql-ws
// on the same path (the Headers tab becomes connectionParams), the explorer plugin, the upload
// plugin. Nothing is stored in the browser (no key or answer in localStorage), nothing leaves the host.
(function () {
  'use strict';
  var url = window.location.origin + '/graphql';
  var fetchAndSubscribe = GraphiQL.createFetcher({ url: url, subscriptionUrl: url.replace(/^http/, 'ws') });

  /** An empty x-api-key is no key: leave it out so the schema loads before one is pasted. */
  function withoutEmptyHeaders(headers) {
    var kept = {};
    Object.keys(headers || {}).forEach(function (name) {
      if (headers[name] !== '' && headers[name] != null) kept[name] = headers[name];
    });
    return kept;
  }

  // GraphiQL's own introspection nests TypeRef eight levels deep, past the API's depth limit (10).
  // The schema never wraps a type more than [X!]!, so three levels of ofType describe it fully.
  var TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
  var INPUT_VALUE = 'name description type { ' + TYPE_REF + ' } defaultValue isDeprecated deprecationReason';
  var INTROSPECTION = [
    'query IntrospectionQuery { __schema {',
    '  description queryType { name } mutationType { name } subscriptionType { name }',
    '  types {',
    '    kind name description specifiedByURL',
    '    fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ' + INPUT_VALUE + ' }',
    '      type { ' + TYPE_REF + ' } isDeprecated deprecationReason }',
    '    inputFields(includeDeprecated: true) { ' + INPUT_VALUE + ' }',
    '    interfaces { ' + TYPE_REF + ' }',
    '    enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }',
    '    possibleTypes { ' + TYPE_REF + ' }',
    '  }',
    '  directives { name description isRepeatable locations args(includeDeprecated: true) { ' + INPUT_VALUE + ' } }',
    '} }',
  ].join('\n');

  /**
   * GraphiQL updates the operation name and parsed document a moment after an edit, so a query
   * run at once could go out under the previous name (and a subscription over HTTP). Read both
   * from the text being sent instead.
   */
  function current(params, options) {
    var document;
    try { document = GraphiQL.GraphQL.parse(params.query); } catch (_) { return [params, options]; } // the API reports the syntax error
    var names = document.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; })
      .map(function (d) { return d.name ? d.name.value : undefined; });
    var name = names.indexOf(params.operationName || undefined) >= 0 ? params.operationName : names.length === 1 ? names[0] : params.operationName;
    return [Object.assign({}, params, { operationName: name }), Object.assign({}, options, { documentAST: document })];
  }

  function fetcher(params, options) {
    if (params.operationName === 'IntrospectionQuery') params = Object.assign({}, params, { query: INTROSPECTION });
    else { var fresh = current(params, options); params = fresh[0]; options = fresh[1]; }
    return fetchAndSubscribe(params, Object.assign({}, options, { headers: withoutEmptyHeaders(options && options.headers) }));
  }

  /** Session-scoped memory instead of localStorage: query results may hold health data. */
  var memory = new Map();
  var storage = {
    getItem: function (key) { return memory.has(key) ? memory.get(key) : null; },
    setItem: function (key, value) { memory.set(key, String(value)); },
    removeItem: function (key) { memory.delete(key); },
    clear: function () { memory.clear(); },
    get length() { return memory.size; },
  };

  var defaultQuery = [
    '# TherapyRAG GraphQL explorer, served by this API (works with no internet).',
    '#',
    '# 1. Paste an API key into the Headers tab below (npm run demo writes them to .run/demo.env).',
    '# 2. Run this query with the \u25b6 button or Ctrl-Enter.',
    '# Subscriptions (sessionStatus) run over graphql-ws with the same headers; uploads',
    '# (uploadSession) have their own panel in the left sidebar.',
    '',
    'query Me {',
    '  me { id role email }',
    '}',
    '',
  ].join('\n');

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultHeaders: JSON.stringify({ 'x-api-key': '' }, null, 2),
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      storage: storage,
      plugins: [GraphiQLPluginExplorer.explorerPlugin(), window.TherapyRagUploadPlugin(url)],
    }),
  );
})();
