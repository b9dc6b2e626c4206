// The editor's API is made of Canvas types (view returns a Screen, an Action carries a Key):
// whoever imports Editor gets them too.
@_exported import Canvas
