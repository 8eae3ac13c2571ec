namespace WeiduEtl.Core.Parsing;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}
