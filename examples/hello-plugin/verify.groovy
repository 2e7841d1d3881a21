// The plugin built, its jar is a PF4J plugin, and its integration test ran against the real server.
def jar = new File(basedir, 'target/hello-plugin-0.1.0.jar')
assert jar.isFile()
// One installable jar, so `cp target/*.jar` copies the plugin and nothing else.
def jars = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.jar') }*.name
assert jars == ['hello-plugin-0.1.0.jar'] : "target/ should hold only the plugin jar, not ${jars}"
def zip = new java.util.zip.ZipFile(jar)
try {
  def manifest = zip.getInputStream(zip.getEntry('META-INF/MANIFEST.MF')).text
  assert manifest.contains('Plugin-Id: hello')
  // Built against the installed SDK: a caret range on its version, whatever minor it has reached.
  assert manifest =~ /Plugin-Requires: \^2\.\d+\.\d+/
  assert zip.getEntry('META-INF/extensions.idx') != null
  assert zip.getEntry('db/migration/V1__greetings.sql') != null
} finally {
  zip.close()
}
def summary = new File(basedir, 'target/failsafe-reports/failsafe-summary.xml').text
assert summary.contains('<completed>4</completed>')
assert summary.contains('<failures>0</failures>')
assert summary.contains('<errors>0</errors>')
return true
