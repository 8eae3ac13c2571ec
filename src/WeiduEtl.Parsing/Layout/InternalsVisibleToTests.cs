using System.Runtime.CompilerServices;

// The grammar's rules are internal; their unit tests exercise each one on its own.
[assembly: InternalsVisibleTo("WeiduEtl.Tests")]
