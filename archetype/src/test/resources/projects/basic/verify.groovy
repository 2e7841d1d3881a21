// The generated project built, its tests passed against the real server, and it left one jar to install.
// basedir is this directory; the archetype plugin generated the project below it.
def target = new File(basedir, 'project/loyalty-notes-plugin/target')
assert target.isDirectory() : "no ${target}"
def jars = target.listFiles().findAll { it.name.endsWith('.jar') }*.name
assert jars == ['loyalty-notes-plugin-0.1.0.jar'] : "target/ should hold exactly the plugin jar, not ${jars}"
def zip = new java.util.zip.ZipFile(new File(target, jars[0]))
try {
  def manifest = zip.getInputStream(zip.getEntry('META-INF/MANIFEST.MF')).text
  assert manifest.contains('Plugin-Id: loyalty-notes')
  def extensions = zip.getInputStream(zip.getEntry('META-INF/extensions.idx')).text
  ['StatusRoutes', 'NoteHook', 'CustomerListener'].each {
    assert extensions.contains("com.example.loyalty.notes.${it}") : "${it} is not in extensions.idx"
  }
  assert zip.getEntry('META-INF/patron/openapi.json') != null
  assert zip.getEntry('db/migration/V1__customers_seen.sql') != null
} finally {
  zip.close()
}
def summary = new File(target, 'failsafe-reports/failsafe-summary.xml').text
assert summary.contains('<completed>6</completed>')
assert summary.contains('<failures>0</failures>')
assert summary.contains('<errors>0</errors>')
return true
