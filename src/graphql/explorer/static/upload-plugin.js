// A GraphiQL sidebar plugin that tries `uploadSession` with a file: it builds the GraphQL multipart
// request (https://github.com/jaydenseric/graphql-multipart-request-spec) with the headers from
// GraphiQL's Headers tab plus `apollo-require-preflight: true`, and posts it to this API.
(function () {
  'use strict';
  var h = React.createElement;
  var MUTATION =
    'mutation UploadSession($input: UploadSessionInput!) {\n' +
    '  uploadSession(input: $input) { id status patientId recordedAt }\n}';

  /** The Headers tab as an object: empty values and Content-Type dropped (FormData sets its own). */
  function headersFrom(text) {
    if (!text || !text.trim()) return {};
    var parsed = JSON.parse(text);
    var headers = {};
    Object.keys(parsed || {}).forEach(function (name) {
      var value = parsed[name];
      if (value !== '' && value != null && name.toLowerCase() !== 'content-type') headers[name] = String(value);
    });
    return headers;
  }

  function subscriptionFor(sessionId) {
    return 'subscription FollowSession {\n  sessionStatus(sessionId: "' + sessionId + '") { sessionId status error at }\n}\n';
  }

  function UploadIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      h('path', { d: 'M12 16V4m0 0L8 8m4-4l4 4M4 15v4a1 1 0 001 1h14a1 1 0 001-1v-4', strokeLinecap: 'round', strokeLinejoin: 'round' }));
  }

  function UploadPanel(props) {
    var editors = GraphiQL.React.useEditorContext({ nonNull: true });
    var patient = React.useState(''); var busy = React.useState(false);
    var result = React.useState(''); var sessionId = React.useState(null);
    var fileInput = React.useRef(null);

    async function submit(event) {
      event.preventDefault();
      var file = fileInput.current && fileInput.current.files[0];
      if (!file) return result[1]('Choose a recording first.');
      var headers;
      try { headers = headersFrom(editors.headerEditor ? editors.headerEditor.getValue() : ''); }
      catch (error) { return result[1]('The Headers tab is not valid JSON: ' + error.message); }
      var form = new FormData();
      var variables = { input: { patientId: patient[0].trim(), file: null } };
      form.append('operations', JSON.stringify({ query: MUTATION, operationName: 'UploadSession', variables: variables }));
      form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
      form.append('0', file, file.name);
      busy[1](true); sessionId[1](null);
      result[1]('Uploading ' + file.name + ' (' + file.size + ' bytes)…');
      try {
        var response = await fetch(props.url, { method: 'POST', headers: Object.assign({}, headers, { 'apollo-require-preflight': 'true' }), body: form });
        var text = await response.text();
        var shown = text;
        try {
          var body = JSON.parse(text);
          shown = JSON.stringify(body, null, 2);
          if (body.data && body.data.uploadSession) sessionId[1](body.data.uploadSession.id);
        } catch (_) { /* not JSON: show it as it came */ }
        result[1]('HTTP ' + response.status + '\n' + shown);
      } catch (error) {
        result[1]('Upload failed: ' + error.message);
      } finally {
        busy[1](false);
      }
    }

    function follow() {
      if (editors.queryEditor) editors.queryEditor.setValue(subscriptionFor(sessionId[0]));
    }

    return h('form', { className: 'upload-panel', onSubmit: submit, 'aria-label': 'Upload a recording' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Upload a recording'),
      h('p', { className: 'upload-hint' }, 'Sends uploadSession as a multipart request with the x-api-key from the Headers tab (a therapist\'s or an admin\'s key).'),
      h('label', null, 'Patient id', h('input', { type: 'text', name: 'patientId', value: patient[0], required: true, autoComplete: 'off', spellCheck: false, onChange: function (e) { patient[1](e.target.value); } })),
      h('label', null, 'Recording', h('input', { type: 'file', name: 'file', ref: fileInput, accept: 'audio/*,video/*' })),
      h('button', { type: 'submit', disabled: busy[0] }, busy[0] ? 'Uploading…' : 'Upload'),
      result[0] ? h('pre', { 'aria-label': 'Upload result', 'aria-live': 'polite' }, result[0]) : null,
      sessionId[0] ? h('button', { type: 'button', onClick: follow }, 'Follow its sessionStatus') : null);
  }

  /** The plugin for GraphiQL's `plugins` prop. */
  window.TherapyRagUploadPlugin = function uploadPlugin(url) {
    return { title: 'Upload a recording', icon: UploadIcon, content: function () { return h(UploadPanel, { url: url }); } };
  };
})();
