#!/bin/bash
# Drover's quick-start script: shows where it runs, as whom, and with which parameter.
echo "${greeting} from $(hostname) (host ${DROVER_RESOURCE_ID:-?}), running as $(id -un)"
echo "kernel: $(uname -sr)"
echo "disk:   $(df -h / | awk 'NR==2 {print $4 " free of " $2}')"
sleep 1
echo "done"
