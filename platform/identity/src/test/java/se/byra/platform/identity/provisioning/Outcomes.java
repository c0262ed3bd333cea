package se.byra.platform.identity.provisioning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The outcomes handed back, as a service's observer receives them (inside the recording transaction). */
@ApplicationScoped
public class Outcomes {

    private final List<ProvisioningOutcome> seen = new CopyOnWriteArrayList<>();

    @Transactional(TxType.MANDATORY)
    void on(@Observes ProvisioningOutcome outcome) {
        seen.add(outcome);
    }

    List<ProvisioningOutcome> of(String owner) {
        return seen.stream().filter(outcome -> outcome.owner().equals(owner)).toList();
    }
}
