namespace Aims.Model;

/// <summary>A kind of sensitive data a data set holds, which decides the duties that follow it (GDPR, data sovereignty, secrecy).</summary>
public enum DataCategory
{
    /// <summary>Personal data: information about an identified or identifiable natural person.</summary>
    Personal,

    /// <summary>Health data, a special category of personal data.</summary>
    Health,

    /// <summary>Financial data: account, credit, payment or income records.</summary>
    Financial,

    /// <summary>Trade secrets and other confidential business information.</summary>
    TradeSecret,
}
