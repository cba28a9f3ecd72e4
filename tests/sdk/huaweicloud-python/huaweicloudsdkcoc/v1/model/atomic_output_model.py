# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class AtomicOutputModel:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'supported': 'bool',
        'type': 'str'
    }

    attribute_map = {
        'supported': 'supported',
        'type': 'type'
    }

    def __init__(self, supported=None, type=None):
        r"""AtomicOutputModel

        The model defined in huaweicloud sdk

        :param supported: 
        :type supported: bool
        :param type: 
        :type type: str
        """
        
        

        self._supported = None
        self._type = None
        self.discriminator = None

        if supported is not None:
            self.supported = supported
        if type is not None:
            self.type = type

    @property
    def supported(self):
        r"""Gets the supported of this AtomicOutputModel.

        :return: The supported of this AtomicOutputModel.
        :rtype: bool
        """
        return self._supported

    @supported.setter
    def supported(self, supported):
        r"""Sets the supported of this AtomicOutputModel.

        :param supported: The supported of this AtomicOutputModel.
        :type supported: bool
        """
        self._supported = supported

    @property
    def type(self):
        r"""Gets the type of this AtomicOutputModel.

        :return: The type of this AtomicOutputModel.
        :rtype: str
        """
        return self._type

    @type.setter
    def type(self, type):
        r"""Sets the type of this AtomicOutputModel.

        :param type: The type of this AtomicOutputModel.
        :type type: str
        """
        self._type = type

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, AtomicOutputModel):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
