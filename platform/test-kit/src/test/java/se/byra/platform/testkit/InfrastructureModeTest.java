package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

    private static final DockerProbe DOCKER = () -> true;
    private static final DockerProbe NO_DOCKER = () -> false;

    @Test
    void withoutDockerTheServersAreEmbedded() {
        assertThat(InfrastructureMode.choose(Optional.empty(), NO_DOCKER)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void whereDockerAnswersTheServersRunInContainers() {
        assertThat(InfrastructureMode.choose(Optional.empty(), DOCKER)).isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void anExplicitChoiceWinsOverTheProbe() {
        assertThat(InfrastructureMode.choose(Optional.of("embedded"), DOCKER)).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.choose(Optional.of(" Containers "), NO_DOCKER))
                .isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void aBlankOverrideLeavesTheChoiceToTheProbe() {
        assertThat(InfrastructureMode.choose(Optional.of(""), NO_DOCKER)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void anUnknownChoiceIsAClearError() {
        assertThatThrownBy(() -> InfrastructureMode.choose(Optional.of("docker"), DOCKER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("testkit.infrastructure").hasMessageContaining("docker");
    }
}
