// The back office's one way to the API: same-origin fetch with the session cookie, the session's
// CSRF token on every change, and problem details turned into errors people can read.

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

/** A failed call: its status, the problem's title and detail, and field errors by field. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.fields = {};
    for (const error of this.problem.errors || []) {
      this.fields[error.field] = error.message;
    }
  }
}

/** Thrown when the connection failed: the user's input stays where it is. */
export class OfflineError extends Error {}

/**
 * @param body a JSON value to send, or
 * @param file a file (Blob) to send as it is, with {@code contentType}
 */
export async function call(method, path, { body, file, contentType, headers = {} } = {}) {
  const sent = { ...headers };
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json';
  } else if (file !== undefined) {
    sent['Content-Type'] = contentType;
  }
  if (method !== 'GET' && csrfToken) {
    sent['X-CSRF-Token'] = csrfToken;
  }
  let response;
  try {
    response = await fetch('/api/v1' + path, {
      method, headers: sent, credentials: 'same-origin',
      body: body !== undefined ? JSON.stringify(body) : file,
    });
  } catch (e) {
    throw new OfflineError(e.message);
  }
  if (response.status === 204) {
    return { status: 204, etag: response.headers.get('ETag'), body: null };
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, json);
    if (response.status === 401 && !path.startsWith('/auth/')) {
      window.dispatchEvent(new CustomEvent('patron-session-ended'));
    }
    throw error;
  }
  return { status: response.status, etag: response.headers.get('ETag'), body: json };
}

export const get = (path) => call('GET', path).then((r) => r.body);

/** Sends a file as the request body, with its media type (a CSV upload); the answer's body. */
export const upload = (path, file, contentType) => call('POST', path, { file, contentType }).then((r) => r.body);
