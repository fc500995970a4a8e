// What the consumer printed, and what the CLI's --version printed, from the build log.
def log = new File(basedir, 'build.log').text
// Scripts are not filtered: the version is the one the filtered pom imports the BOM at.
def pom = new File(basedir, 'pom.xml').text
def version = (pom =~ /<coproduction.version>([^<]+)</)[0][1]
assert version ==~ /\d+\.\d+\.\d+.*/ : 'the pom was filtered'
assert log.contains('consumer: rules module io.github.coproduction.rules ' + version
    + ', manifest ' + version) : 'rules is a named module with its version, in the manifest too'
assert log.contains('consumer: serialization module io.github.coproduction.serialization')
assert log.contains('consumer: crisis-redesign verdict GAPS') : 'the example was assessed'
assert log.contains("consumer: welsh verdict bylchau wedi'u canfod") : 'Welsh bundles on the module path'
assert log =~ /consumer: critical \S+/ : 'its critical findings were listed'
assert log.contains('coproduction ' + version) : 'coproduction --version prints the version'
assert !log.contains('development build')
['coproduction-core', 'coproduction-rules', 'coproduction-serialization'].each { a ->
  ['sources', 'javadoc'].each { c ->
    assert new File(basedir, "target/attached/${a}-${version}-${c}.jar").isFile() : "${a} ${c} jar"
  }
}
return true
