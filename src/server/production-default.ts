// React chooses its production or development build from NODE_ENV when it is first imported, so the
// default has to be set before anything imports it: a server runs in production unless told otherwise.
process.env.NODE_ENV ??= 'production';
