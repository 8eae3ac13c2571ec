using System.Runtime.CompilerServices;

// Retention is a pure rule over snapshot ids; its unit tests check each case on its own.
[assembly: InternalsVisibleTo("WeiduEtl.Tests")]
