def log = new File(basedir, 'build.log').text
assert log.contains('bundles host classes')
assert log.contains('declare those dependencies with scope provided')
return true
