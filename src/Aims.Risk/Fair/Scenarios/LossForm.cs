namespace Aims.Risk;

/// <summary>The six forms of loss of Open FAIR (O-RT), each estimable as primary and/or secondary loss.</summary>
public enum LossForm
{
    /// <summary>Lost productivity: reduced ability to deliver goods or services.</summary>
    Productivity,

    /// <summary>Incident response: investigation, containment, notification, legal defence.</summary>
    Response,

    /// <summary>Replacing or repairing assets.</summary>
    Replacement,

    /// <summary>Fines, judgements and settlements.</summary>
    FinesAndJudgements,

    /// <summary>Lost competitive advantage: intellectual property, market position.</summary>
    CompetitiveAdvantage,

    /// <summary>Reputation damage: lost customers, higher cost of capital.</summary>
    Reputation,
}
