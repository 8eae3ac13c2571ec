namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// CJK Radicals Supplement (U+2E80–U+2EFF) to the unified ideograph each radical looks like, from Unicode's
/// EquivalentUnifiedIdeograph.txt (the 114 assigned code points U+2E81–U+2EF3; U+2E80 has no equivalent).
/// NFKC does not fold this block, unlike Kangxi Radicals (U+2F00–U+2FD5). Fourteen targets lie outside the
/// BMP, so values are strings. Written as escapes so no look-alike character hides in the source.
/// </summary>
internal static class RadicalSupplementMap
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['\u2E81'] = "\u5382", ['\u2E82'] = "\u4E5B", ['\u2E83'] = "\u4E5A", ['\u2E84'] = "\u4E59", ['\u2E85'] = "\u4EBB", ['\u2E86'] = "\u5182",
        ['\u2E87'] = "\U00020628", ['\u2E88'] = "\u5200", ['\u2E89'] = "\u5202", ['\u2E8A'] = "\u535C", ['\u2E8B'] = "\u353E", ['\u2E8C'] = "\u5C0F",
        ['\u2E8D'] = "\u5C0F", ['\u2E8E'] = "\u5140", ['\u2E8F'] = "\u5C23", ['\u2E90'] = "\u5C22", ['\u2E91'] = "\U00021BC2", ['\u2E92'] = "\u5DF3",
        ['\u2E93'] = "\u5E7A", ['\u2E94'] = "\u5F51", ['\u2E95'] = "\U0002B739", ['\u2E96'] = "\u5FC4", ['\u2E97'] = "\u5FC3", ['\u2E98'] = "\u624C",
        ['\u2E99'] = "\u6535", ['\u2E9B'] = "\u65E1", ['\u2E9C'] = "\u65E5", ['\u2E9D'] = "\u6708", ['\u2E9E'] = "\u6B7A", ['\u2E9F'] = "\u6BCD",
        ['\u2EA0'] = "\u6C11", ['\u2EA1'] = "\u6C35", ['\u2EA2'] = "\u6C3A", ['\u2EA3'] = "\u706C", ['\u2EA4'] = "\u722B", ['\u2EA5'] = "\u722B",
        ['\u2EA6'] = "\u4E2C", ['\u2EA7'] = "\u725B", ['\u2EA8'] = "\u72AD", ['\u2EA9'] = "\u738B", ['\u2EAA'] = "\U00024D14", ['\u2EAB'] = "\u76EE",
        ['\u2EAC'] = "\u793A", ['\u2EAD'] = "\u793B", ['\u2EAE'] = "\U00025AD7", ['\u2EAF'] = "\u7CF9", ['\u2EB0'] = "\u7E9F", ['\u2EB1'] = "\u7F53",
        ['\u2EB2'] = "\u7F52", ['\u2EB3'] = "\u34C1", ['\u2EB4'] = "\u5197", ['\u2EB5'] = "\U0002626B", ['\u2EB6'] = "\u7F8A", ['\u2EB7'] = "\U0002634C",
        ['\u2EB8'] = "\U0002634B", ['\u2EB9'] = "\u8002", ['\u2EBA'] = "\u8080", ['\u2EBB'] = "\u807F", ['\u2EBC'] = "\u8089", ['\u2EBD'] = "\U00026951",
        ['\u2EBE'] = "\u8279", ['\u2EBF'] = "\u8279", ['\u2EC0'] = "\u8279", ['\u2EC1'] = "\u864E", ['\u2EC2'] = "\u8864", ['\u2EC3'] = "\u8980",
        ['\u2EC4'] = "\u897F", ['\u2EC5'] = "\u89C1", ['\u2EC6'] = "\u89D2", ['\u2EC7'] = "\U000278B2", ['\u2EC8'] = "\u8BA0", ['\u2EC9'] = "\u8D1D",
        ['\u2ECA'] = "\U00027FB7", ['\u2ECB'] = "\u8F66", ['\u2ECC'] = "\u8FB6", ['\u2ECD'] = "\u8FB6", ['\u2ECE'] = "\u8FB6", ['\u2ECF'] = "\u9091",
        ['\u2ED0'] = "\u9485", ['\u2ED1'] = "\u9577", ['\u2ED2'] = "\u9578", ['\u2ED3'] = "\u957F", ['\u2ED4'] = "\u95E8", ['\u2ED5'] = "\U00028E0F",
        ['\u2ED6'] = "\u961D", ['\u2ED7'] = "\u96E8", ['\u2ED8'] = "\u9752", ['\u2ED9'] = "\u97E6", ['\u2EDA'] = "\u9875", ['\u2EDB'] = "\u98CE",
        ['\u2EDC'] = "\u98DE", ['\u2EDD'] = "\u98DF", ['\u2EDE'] = "\U0002967F", ['\u2EDF'] = "\u98E0", ['\u2EE0'] = "\u9963", ['\u2EE1'] = "\U00029810",
        ['\u2EE2'] = "\u9A6C", ['\u2EE3'] = "\u9AA8", ['\u2EE4'] = "\u9B3C", ['\u2EE5'] = "\u9C7C", ['\u2EE6'] = "\u9E1F", ['\u2EE7'] = "\u5364",
        ['\u2EE8'] = "\u9EA6", ['\u2EE9'] = "\u9EC4", ['\u2EEA'] = "\u9EFE", ['\u2EEB'] = "\u6589", ['\u2EEC'] = "\u9F50", ['\u2EED'] = "\u6B6F",
        ['\u2EEE'] = "\u9F7F", ['\u2EEF'] = "\u7ADC", ['\u2EF0'] = "\u9F99", ['\u2EF1'] = "\u9F9C", ['\u2EF2'] = "\u4E80", ['\u2EF3'] = "\u9F9F",
    };

    public static bool TryMap(char radical, out string ideograph) => Map.TryGetValue(radical, out ideograph!);
}
